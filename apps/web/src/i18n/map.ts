/** Strings of the map (choosing a case's location; docs/place.md); merged into the `translation` namespace. */
export const mapVi = {
  map: {
    heading: 'Vị trí trên bản đồ',
    label: 'Bản đồ chọn vị trí sự việc',
    instructions:
      'Chạm hoặc bấm vào bản đồ để đặt ghim, bấm chỗ khác để dời ghim. Dùng bàn phím: chọn bản đồ, di chuyển bằng các phím mũi tên, phóng to bằng phím + và thu nhỏ bằng phím −, rồi bấm "Đặt ghim ở giữa bản đồ".',
    search: 'Tìm phường, xã trên bản đồ',
    searchPlaceholder: 'Gõ tên phường, xã…',
    myLocation: 'Vị trí của tôi',
    pinCentre: 'Đặt ghim ở giữa bản đồ',
    clear: 'Bỏ ghim',
    chosen: 'Đã chọn vị trí {{lat}}, {{lng}}',
    inArea: 'thuộc {{area}}',
    noArea: 'chưa xác định được phường, xã',
    outside: 'Vị trí này nằm ngoài địa bàn thành phố. Vui lòng chọn lại.',
    none: 'Chưa chọn vị trí (không bắt buộc).',
    locating: 'Đang xác định vị trí của bạn…',
    geolocationFailed: 'Không lấy được vị trí của bạn. Hãy cho phép trình duyệt truy cập vị trí, hoặc chọn trên bản đồ.',
    approximate: 'Ranh giới phường, xã trên bản đồ là gần đúng, chỉ để tham khảo.',
    unavailable: 'Không tải được bản đồ. Bạn vẫn có thể chọn phường, xã và ghi địa chỉ.',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
  },
};

export const mapEn: typeof mapVi = {
  map: {
    heading: 'Location on the map',
    label: 'Map to choose where it happened',
    instructions:
      'Tap or click the map to drop a pin; click elsewhere to move it. With the keyboard: focus the map, move with the arrow keys, zoom with + and −, then press "Drop the pin at the centre".',
    search: 'Find a ward or commune on the map',
    searchPlaceholder: 'Type a ward or commune…',
    myLocation: 'My location',
    pinCentre: 'Drop the pin at the centre',
    clear: 'Remove the pin',
    chosen: 'Location chosen: {{lat}}, {{lng}}',
    inArea: 'in {{area}}',
    noArea: 'ward or commune not known',
    outside: 'This location is outside the city. Please choose again.',
    none: 'No location chosen (optional).',
    locating: 'Finding your location…',
    geolocationFailed: 'Your location could not be found. Allow the browser to use it, or choose on the map.',
    approximate: 'Ward and commune boundaries on the map are approximate, for reference only.',
    unavailable: 'The map could not be loaded. You can still choose a ward or commune and write the address.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
  },
};
