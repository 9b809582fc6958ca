/**
 * Demo city data for the Hotline seed: Hà Nội after the 1 July 2025 reform
 * (two-tier local government: thành phố → phường/xã; merged departments).
 *
 * Pure data only — no runtime imports, nothing executable.
 * All e-mail addresses use the reserved demo domain `hanoi.example.vn`.
 *
 * Routing-rule priority convention: a HIGHER number wins when several rules
 * match a case (category+area rules 100 > child-category rules 50 >
 * top-level-category fallbacks 10). Denunciations are placed by the
 * denunciation rules alone (kind 'denunciation': the city inspectorate), never
 * by these (docs/denunciations.md).
 * Deliberately unrouted (cases land in triage): the top-level categories
 * `DAT-DAI` and `HANH-CHINH`, plus `DAT-DAI.TRANH-CHAP`,
 * `HANH-CHINH.THU-TUC` and `HANH-CHINH.CAN-BO`.
 */

export interface SeedArea {
  code: string;
  name: string;
  nameEn: string;
  level: 'city' | 'ward' | 'commune';
  parentCode: string | null;
}

export interface SeedAgency {
  code: string;
  name: string;
  nameEn: string;
  parentCode: string | null;
  email: string;
  headEmail: string;
  areaCode?: string;
}

export interface SeedCategory {
  code: string;
  name: string;
  nameEn: string;
  parentCode: string | null;
}

export interface SeedRoutingRule {
  kind?: 'feedback' | 'petition' | 'complaint' | 'denunciation' | 'question';
  categoryCode?: string;
  areaCode?: string;
  agencyCode: string;
  priority: number;
}

export interface SeedCaseTemplate {
  categoryCode: string;
  kind: 'feedback' | 'petition' | 'complaint' | 'denunciation' | 'question';
  title: string;
  description: string;
  answer: string;
}

// ---------------------------------------------------------------------------
// Areas: 1 city + 22 wards + 4 communes (names as of the July 2025 merger); their approximate boundaries are in
// city-boundaries.ts
// ---------------------------------------------------------------------------

export const AREAS: SeedArea[] = [
  { code: 'HN', name: 'Thành phố Hà Nội', nameEn: 'Hanoi City', level: 'city', parentCode: null },

  { code: 'HN-HOANKIEM', name: 'Phường Hoàn Kiếm', nameEn: 'Hoan Kiem Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-CUANAM', name: 'Phường Cửa Nam', nameEn: 'Cua Nam Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-BADINH', name: 'Phường Ba Đình', nameEn: 'Ba Dinh Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-NGOCHA', name: 'Phường Ngọc Hà', nameEn: 'Ngoc Ha Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-GIANGVO', name: 'Phường Giảng Võ', nameEn: 'Giang Vo Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-HAIBATRUNG', name: 'Phường Hai Bà Trưng', nameEn: 'Hai Ba Trung Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-VINHTUY', name: 'Phường Vĩnh Tuy', nameEn: 'Vinh Tuy Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-BACHMAI', name: 'Phường Bạch Mai', nameEn: 'Bach Mai Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-DONGDA', name: 'Phường Đống Đa', nameEn: 'Dong Da Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-KIMLIEN', name: 'Phường Kim Liên', nameEn: 'Kim Lien Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-VANMIEU', name: 'Phường Văn Miếu - Quốc Tử Giám', nameEn: 'Van Mieu - Quoc Tu Giam Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-LANG', name: 'Phường Láng', nameEn: 'Lang Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-OCHODUA', name: 'Phường Ô Chợ Dừa', nameEn: 'O Cho Dua Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-HONGHA', name: 'Phường Hồng Hà', nameEn: 'Hong Ha Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-LINHNAM', name: 'Phường Lĩnh Nam', nameEn: 'Linh Nam Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-HOANGMAI', name: 'Phường Hoàng Mai', nameEn: 'Hoang Mai Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-TAYHO', name: 'Phường Tây Hồ', nameEn: 'Tay Ho Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-CAUGIAY', name: 'Phường Cầu Giấy', nameEn: 'Cau Giay Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-NGHIADO', name: 'Phường Nghĩa Đô', nameEn: 'Nghia Do Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-THANHXUAN', name: 'Phường Thanh Xuân', nameEn: 'Thanh Xuan Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-LONGBIEN', name: 'Phường Long Biên', nameEn: 'Long Bien Ward', level: 'ward', parentCode: 'HN' },
  { code: 'HN-HADONG', name: 'Phường Hà Đông', nameEn: 'Ha Dong Ward', level: 'ward', parentCode: 'HN' },

  { code: 'HN-SOCSON', name: 'Xã Sóc Sơn', nameEn: 'Soc Son Commune', level: 'commune', parentCode: 'HN' },
  { code: 'HN-BAVI', name: 'Xã Ba Vì', nameEn: 'Ba Vi Commune', level: 'commune', parentCode: 'HN' },
  { code: 'HN-DONGANH', name: 'Xã Đông Anh', nameEn: 'Dong Anh Commune', level: 'commune', parentCode: 'HN' },
  { code: 'HN-GIALAM', name: 'Xã Gia Lâm', nameEn: 'Gia Lam Commune', level: 'commune', parentCode: 'HN' },
];

// ---------------------------------------------------------------------------
// Agencies: city People's Committee, merged departments, utilities, 6 wards
// ---------------------------------------------------------------------------

export const AGENCIES: SeedAgency[] = [
  {
    code: 'UBND-HN',
    name: 'UBND thành phố Hà Nội',
    nameEn: "Hanoi People's Committee",
    parentCode: null,
    email: 'ubnd@hanoi.example.vn',
    headEmail: 'chutich@hanoi.example.vn',
  },

  // Departments (after the 2025 merger)
  {
    code: 'SNNMT',
    name: 'Sở Nông nghiệp và Môi trường',
    nameEn: 'Department of Agriculture and Environment',
    parentCode: 'UBND-HN',
    email: 'sonnmt@hanoi.example.vn',
    headEmail: 'giamdoc.sonnmt@hanoi.example.vn',
  },
  {
    code: 'SXD',
    name: 'Sở Xây dựng',
    nameEn: 'Department of Construction',
    parentCode: 'UBND-HN',
    email: 'soxd@hanoi.example.vn',
    headEmail: 'giamdoc.soxd@hanoi.example.vn',
  },
  {
    code: 'SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    nameEn: 'Department of Science and Technology',
    parentCode: 'UBND-HN',
    email: 'sokhcn@hanoi.example.vn',
    headEmail: 'giamdoc.sokhcn@hanoi.example.vn',
  },
  {
    code: 'SNV',
    name: 'Sở Nội vụ',
    nameEn: 'Department of Home Affairs',
    parentCode: 'UBND-HN',
    email: 'sonv@hanoi.example.vn',
    headEmail: 'giamdoc.sonv@hanoi.example.vn',
  },
  {
    code: 'SDTTG',
    name: 'Sở Dân tộc và Tôn giáo',
    nameEn: 'Department of Ethnic and Religious Affairs',
    parentCode: 'UBND-HN',
    email: 'sodttg@hanoi.example.vn',
    headEmail: 'giamdoc.sodttg@hanoi.example.vn',
  },
  {
    code: 'SVHTT',
    name: 'Sở Văn hóa và Thể thao',
    nameEn: 'Department of Culture and Sports',
    parentCode: 'UBND-HN',
    email: 'sovhtt@hanoi.example.vn',
    headEmail: 'giamdoc.sovhtt@hanoi.example.vn',
  },
  {
    code: 'SDL',
    name: 'Sở Du lịch',
    nameEn: 'Department of Tourism',
    parentCode: 'UBND-HN',
    email: 'sodl@hanoi.example.vn',
    headEmail: 'giamdoc.sodl@hanoi.example.vn',
  },
  {
    code: 'SYT',
    name: 'Sở Y tế',
    nameEn: 'Department of Health',
    parentCode: 'UBND-HN',
    email: 'soyt@hanoi.example.vn',
    headEmail: 'giamdoc.soyt@hanoi.example.vn',
  },
  {
    code: 'SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    nameEn: 'Department of Education and Training',
    parentCode: 'UBND-HN',
    email: 'sogddt@hanoi.example.vn',
    headEmail: 'giamdoc.sogddt@hanoi.example.vn',
  },
  {
    code: 'STC',
    name: 'Sở Tài chính',
    nameEn: 'Department of Finance',
    parentCode: 'UBND-HN',
    email: 'sotc@hanoi.example.vn',
    headEmail: 'giamdoc.sotc@hanoi.example.vn',
  },
  {
    code: 'SCT',
    name: 'Sở Công Thương',
    nameEn: 'Department of Industry and Trade',
    parentCode: 'UBND-HN',
    email: 'soct@hanoi.example.vn',
    headEmail: 'giamdoc.soct@hanoi.example.vn',
  },
  {
    code: 'STP',
    name: 'Sở Tư pháp',
    nameEn: 'Department of Justice',
    parentCode: 'UBND-HN',
    email: 'sotp@hanoi.example.vn',
    headEmail: 'giamdoc.sotp@hanoi.example.vn',
  },
  {
    code: 'THANHTRA-HN',
    name: 'Thanh tra thành phố',
    nameEn: 'Hanoi City Inspectorate',
    parentCode: 'UBND-HN',
    email: 'thanhtra@hanoi.example.vn',
    headEmail: 'chanhthanhtra@hanoi.example.vn',
  },
  {
    code: 'CA-HN',
    name: 'Công an thành phố Hà Nội',
    nameEn: 'Hanoi City Police',
    parentCode: 'UBND-HN',
    email: 'congan@hanoi.example.vn',
    headEmail: 'giamdoc.congan@hanoi.example.vn',
  },

  // Utilities
  {
    code: 'EVNHANOI',
    name: 'Tổng công ty Điện lực TP Hà Nội (EVNHANOI)',
    nameEn: 'Hanoi Power Corporation (EVNHANOI)',
    parentCode: 'UBND-HN',
    email: 'evnhanoi@hanoi.example.vn',
    headEmail: 'tonggiamdoc.evnhanoi@hanoi.example.vn',
  },
  {
    code: 'NUOCSACH-HN',
    name: 'Công ty Nước sạch Hà Nội',
    nameEn: 'Hanoi Water Company',
    parentCode: 'UBND-HN',
    email: 'nuocsach@hanoi.example.vn',
    headEmail: 'tonggiamdoc.nuocsach@hanoi.example.vn',
  },
  {
    code: 'URENCO-HN',
    name: 'Công ty Môi trường đô thị Hà Nội (URENCO)',
    nameEn: 'Hanoi Urban Environment Company (URENCO)',
    parentCode: 'UBND-HN',
    email: 'urenco@hanoi.example.vn',
    headEmail: 'tonggiamdoc.urenco@hanoi.example.vn',
  },

  // Ward People's Committees
  {
    code: 'UBND-HOANKIEM',
    name: 'UBND phường Hoàn Kiếm',
    nameEn: "Hoan Kiem Ward People's Committee",
    parentCode: 'UBND-HN',
    email: 'ubnd.hoankiem@hanoi.example.vn',
    headEmail: 'chutich.hoankiem@hanoi.example.vn',
    areaCode: 'HN-HOANKIEM',
  },
  {
    code: 'UBND-BADINH',
    name: 'UBND phường Ba Đình',
    nameEn: "Ba Dinh Ward People's Committee",
    parentCode: 'UBND-HN',
    email: 'ubnd.badinh@hanoi.example.vn',
    headEmail: 'chutich.badinh@hanoi.example.vn',
    areaCode: 'HN-BADINH',
  },
  {
    code: 'UBND-DONGDA',
    name: 'UBND phường Đống Đa',
    nameEn: "Dong Da Ward People's Committee",
    parentCode: 'UBND-HN',
    email: 'ubnd.dongda@hanoi.example.vn',
    headEmail: 'chutich.dongda@hanoi.example.vn',
    areaCode: 'HN-DONGDA',
  },
  {
    code: 'UBND-HOANGMAI',
    name: 'UBND phường Hoàng Mai',
    nameEn: "Hoang Mai Ward People's Committee",
    parentCode: 'UBND-HN',
    email: 'ubnd.hoangmai@hanoi.example.vn',
    headEmail: 'chutich.hoangmai@hanoi.example.vn',
    areaCode: 'HN-HOANGMAI',
  },
  {
    code: 'UBND-CAUGIAY',
    name: 'UBND phường Cầu Giấy',
    nameEn: "Cau Giay Ward People's Committee",
    parentCode: 'UBND-HN',
    email: 'ubnd.caugiay@hanoi.example.vn',
    headEmail: 'chutich.caugiay@hanoi.example.vn',
    areaCode: 'HN-CAUGIAY',
  },
  {
    code: 'UBND-LONGBIEN',
    name: 'UBND phường Long Biên',
    nameEn: "Long Bien Ward People's Committee",
    parentCode: 'UBND-HN',
    email: 'ubnd.longbien@hanoi.example.vn',
    headEmail: 'chutich.longbien@hanoi.example.vn',
    areaCode: 'HN-LONGBIEN',
  },
];

// ---------------------------------------------------------------------------
// Categories: 10 top-level, 2-3 children each
// ---------------------------------------------------------------------------

export const CATEGORIES: SeedCategory[] = [
  { code: 'DAT-DAI', name: 'Đất đai', nameEn: 'Land', parentCode: null },
  { code: 'DAT-DAI.BOI-THUONG', name: 'Bồi thường, hỗ trợ, tái định cư', nameEn: 'Compensation and resettlement', parentCode: 'DAT-DAI' },
  { code: 'DAT-DAI.CAP-GCN', name: 'Cấp giấy chứng nhận quyền sử dụng đất', nameEn: 'Land use right certificates', parentCode: 'DAT-DAI' },
  { code: 'DAT-DAI.TRANH-CHAP', name: 'Tranh chấp đất đai', nameEn: 'Land disputes', parentCode: 'DAT-DAI' },

  { code: 'MOI-TRUONG', name: 'Môi trường', nameEn: 'Environment', parentCode: null },
  { code: 'MOI-TRUONG.RAC-THAI', name: 'Thu gom, xử lý rác thải', nameEn: 'Waste collection', parentCode: 'MOI-TRUONG' },
  {
    code: 'MOI-TRUONG.O-NHIEM',
    name: 'Ô nhiễm không khí, tiếng ồn, nguồn nước',
    nameEn: 'Air, noise and water pollution',
    parentCode: 'MOI-TRUONG',
  },
  { code: 'MOI-TRUONG.THOAT-NUOC', name: 'Thoát nước, ngập úng', nameEn: 'Drainage and flooding', parentCode: 'MOI-TRUONG' },

  { code: 'GIAO-THONG', name: 'Giao thông - hạ tầng', nameEn: 'Transport and infrastructure', parentCode: null },
  { code: 'GIAO-THONG.DUONG-HONG', name: 'Hư hỏng mặt đường, vỉa hè', nameEn: 'Damaged roads and pavements', parentCode: 'GIAO-THONG' },
  {
    code: 'GIAO-THONG.DEN-TIN-HIEU',
    name: 'Đèn tín hiệu, biển báo giao thông',
    nameEn: 'Traffic lights and signs',
    parentCode: 'GIAO-THONG',
  },
  { code: 'GIAO-THONG.XE-BUYT', name: 'Vận tải hành khách công cộng', nameEn: 'Public transport', parentCode: 'GIAO-THONG' },
  { code: 'GIAO-THONG.DEN-DUONG', name: 'Đèn đường, chiếu sáng công cộng', nameEn: 'Street lighting', parentCode: 'GIAO-THONG' },

  { code: 'XAY-DUNG', name: 'Xây dựng - trật tự đô thị', nameEn: 'Construction and urban order', parentCode: null },
  {
    code: 'XAY-DUNG.TRAT-TU',
    name: 'Lấn chiếm vỉa hè, trật tự đô thị',
    nameEn: 'Pavement encroachment and urban order',
    parentCode: 'XAY-DUNG',
  },
  {
    code: 'XAY-DUNG.TRAI-PHEP',
    name: 'Xây dựng không phép, sai phép',
    nameEn: 'Unlicensed or non-compliant construction',
    parentCode: 'XAY-DUNG',
  },
  { code: 'XAY-DUNG.CHUNG-CU', name: 'Quản lý, vận hành nhà chung cư', nameEn: 'Apartment building management', parentCode: 'XAY-DUNG' },

  { code: 'AN-SINH', name: 'An sinh xã hội', nameEn: 'Social welfare', parentCode: null },
  { code: 'AN-SINH.BAO-TRO', name: 'Bảo trợ xã hội', nameEn: 'Social assistance', parentCode: 'AN-SINH' },
  {
    code: 'AN-SINH.NGUOI-CO-CONG',
    name: 'Chính sách người có công',
    nameEn: 'Policies for people with meritorious services',
    parentCode: 'AN-SINH',
  },
  {
    code: 'AN-SINH.LAO-DONG',
    name: 'Lao động, việc làm, bảo hiểm xã hội',
    nameEn: 'Labour, employment and social insurance',
    parentCode: 'AN-SINH',
  },

  { code: 'Y-TE', name: 'Y tế', nameEn: 'Health', parentCode: null },
  { code: 'Y-TE.KHAM-CHUA-BENH', name: 'Khám chữa bệnh, bảo hiểm y tế', nameEn: 'Medical care and health insurance', parentCode: 'Y-TE' },
  { code: 'Y-TE.ATTP', name: 'An toàn thực phẩm', nameEn: 'Food safety', parentCode: 'Y-TE' },

  { code: 'GIAO-DUC', name: 'Giáo dục', nameEn: 'Education', parentCode: null },
  { code: 'GIAO-DUC.TUYEN-SINH', name: 'Tuyển sinh', nameEn: 'School admissions', parentCode: 'GIAO-DUC' },
  { code: 'GIAO-DUC.THU-CHI', name: 'Các khoản thu, chi trong trường học', nameEn: 'School fees and charges', parentCode: 'GIAO-DUC' },

  { code: 'AN-NINH', name: 'An ninh trật tự', nameEn: 'Security and public order', parentCode: null },
  {
    code: 'AN-NINH.TRAT-TU-CONG-CONG',
    name: 'Trật tự công cộng, tệ nạn xã hội',
    nameEn: 'Public order and social vices',
    parentCode: 'AN-NINH',
  },
  { code: 'AN-NINH.PCCC', name: 'Phòng cháy, chữa cháy', nameEn: 'Fire prevention and fighting', parentCode: 'AN-NINH' },

  { code: 'DIEN-NUOC', name: 'Điện - nước', nameEn: 'Electricity and water', parentCode: null },
  { code: 'DIEN-NUOC.DIEN', name: 'Cung cấp điện', nameEn: 'Electricity supply', parentCode: 'DIEN-NUOC' },
  { code: 'DIEN-NUOC.NUOC', name: 'Cấp nước sạch', nameEn: 'Clean water supply', parentCode: 'DIEN-NUOC' },

  { code: 'HANH-CHINH', name: 'Hành chính công', nameEn: 'Public administration', parentCode: null },
  {
    code: 'HANH-CHINH.THU-TUC',
    name: 'Thủ tục hành chính, dịch vụ công',
    nameEn: 'Administrative procedures and public services',
    parentCode: 'HANH-CHINH',
  },
  { code: 'HANH-CHINH.CAN-BO', name: 'Thái độ, trách nhiệm của cán bộ', nameEn: 'Conduct of public officials', parentCode: 'HANH-CHINH' },
];

// ---------------------------------------------------------------------------
// Routing rules (higher priority wins). No rule for DAT-DAI, DAT-DAI.TRANH-CHAP,
// HANH-CHINH and its children: those cases go to triage on purpose.
// ---------------------------------------------------------------------------

export const ROUTING_RULES: SeedRoutingRule[] = [
  // Every denunciation goes to the city inspectorate, whatever its category and area (unless it names the accused agency).
  { kind: 'denunciation', agencyCode: 'THANHTRA-HN', priority: 200 },

  // Đất đai (top level and TRANH-CHAP deliberately unrouted)
  { categoryCode: 'DAT-DAI.BOI-THUONG', agencyCode: 'SNNMT', priority: 50 },
  { categoryCode: 'DAT-DAI.CAP-GCN', agencyCode: 'SNNMT', priority: 50 },

  // Môi trường
  { categoryCode: 'MOI-TRUONG', agencyCode: 'SNNMT', priority: 10 },
  { categoryCode: 'MOI-TRUONG.RAC-THAI', agencyCode: 'URENCO-HN', priority: 50 },
  { categoryCode: 'MOI-TRUONG.O-NHIEM', agencyCode: 'SNNMT', priority: 50 },
  { categoryCode: 'MOI-TRUONG.THOAT-NUOC', agencyCode: 'SXD', priority: 50 },

  // Giao thông - hạ tầng (transport now sits in Sở Xây dựng)
  { categoryCode: 'GIAO-THONG', agencyCode: 'SXD', priority: 10 },
  { categoryCode: 'GIAO-THONG.DUONG-HONG', agencyCode: 'SXD', priority: 50 },
  { categoryCode: 'GIAO-THONG.DEN-TIN-HIEU', agencyCode: 'SXD', priority: 50 },
  { categoryCode: 'GIAO-THONG.XE-BUYT', agencyCode: 'SXD', priority: 50 },
  { categoryCode: 'GIAO-THONG.DEN-DUONG', agencyCode: 'SXD', priority: 50 },

  // Xây dựng - trật tự đô thị: city-wide default, wards handle local matters
  { categoryCode: 'XAY-DUNG', agencyCode: 'SXD', priority: 10 },
  { categoryCode: 'XAY-DUNG.TRAT-TU', agencyCode: 'SXD', priority: 50 },
  { categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-HOANKIEM', agencyCode: 'UBND-HOANKIEM', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-BADINH', agencyCode: 'UBND-BADINH', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-DONGDA', agencyCode: 'UBND-DONGDA', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-HOANGMAI', agencyCode: 'UBND-HOANGMAI', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-CAUGIAY', agencyCode: 'UBND-CAUGIAY', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAT-TU', areaCode: 'HN-LONGBIEN', agencyCode: 'UBND-LONGBIEN', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAI-PHEP', agencyCode: 'SXD', priority: 50 },
  { categoryCode: 'XAY-DUNG.TRAI-PHEP', areaCode: 'HN-HOANKIEM', agencyCode: 'UBND-HOANKIEM', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAI-PHEP', areaCode: 'HN-BADINH', agencyCode: 'UBND-BADINH', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAI-PHEP', areaCode: 'HN-DONGDA', agencyCode: 'UBND-DONGDA', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAI-PHEP', areaCode: 'HN-HOANGMAI', agencyCode: 'UBND-HOANGMAI', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAI-PHEP', areaCode: 'HN-CAUGIAY', agencyCode: 'UBND-CAUGIAY', priority: 100 },
  { categoryCode: 'XAY-DUNG.TRAI-PHEP', areaCode: 'HN-LONGBIEN', agencyCode: 'UBND-LONGBIEN', priority: 100 },
  { categoryCode: 'XAY-DUNG.CHUNG-CU', agencyCode: 'SXD', priority: 50 },

  // An sinh xã hội (labour and người có công → Sở Nội vụ; social assistance → Sở Y tế)
  { categoryCode: 'AN-SINH', agencyCode: 'SNV', priority: 10 },
  { categoryCode: 'AN-SINH.BAO-TRO', agencyCode: 'SYT', priority: 50 },
  { categoryCode: 'AN-SINH.NGUOI-CO-CONG', agencyCode: 'SNV', priority: 50 },
  { categoryCode: 'AN-SINH.LAO-DONG', agencyCode: 'SNV', priority: 50 },

  // Y tế
  { categoryCode: 'Y-TE', agencyCode: 'SYT', priority: 10 },
  { categoryCode: 'Y-TE.KHAM-CHUA-BENH', agencyCode: 'SYT', priority: 50 },
  { categoryCode: 'Y-TE.ATTP', agencyCode: 'SYT', priority: 50 },

  // Giáo dục (ward UBNDs manage public pre-schools and primary schools locally)
  { categoryCode: 'GIAO-DUC', agencyCode: 'SGDDT', priority: 10 },
  { categoryCode: 'GIAO-DUC.TUYEN-SINH', agencyCode: 'SGDDT', priority: 50 },
  { categoryCode: 'GIAO-DUC.THU-CHI', agencyCode: 'SGDDT', priority: 50 },
  { categoryCode: 'GIAO-DUC.THU-CHI', areaCode: 'HN-HOANGMAI', agencyCode: 'UBND-HOANGMAI', priority: 100 },
  { categoryCode: 'GIAO-DUC.THU-CHI', areaCode: 'HN-CAUGIAY', agencyCode: 'UBND-CAUGIAY', priority: 100 },

  // An ninh trật tự
  { categoryCode: 'AN-NINH', agencyCode: 'CA-HN', priority: 10 },
  { categoryCode: 'AN-NINH.TRAT-TU-CONG-CONG', agencyCode: 'CA-HN', priority: 50 },
  { categoryCode: 'AN-NINH.PCCC', agencyCode: 'CA-HN', priority: 50 },

  // Điện - nước
  { categoryCode: 'DIEN-NUOC', agencyCode: 'SCT', priority: 10 },
  { categoryCode: 'DIEN-NUOC.DIEN', agencyCode: 'EVNHANOI', priority: 50 },
  { categoryCode: 'DIEN-NUOC.NUOC', agencyCode: 'NUOCSACH-HN', priority: 50 },
];

// ---------------------------------------------------------------------------
// Case templates
// ---------------------------------------------------------------------------

export const CASE_TEMPLATES: SeedCaseTemplate[] = [
  // ----- Đất đai -----
  {
    categoryCode: 'DAT-DAI.BOI-THUONG',
    kind: 'petition',
    title: 'Đề nghị xem xét lại giá bồi thường khi thu hồi đất',
    description:
      'Gia đình tôi có 65 m² đất ở bị thu hồi để thực hiện dự án đường Vành đai 2,5 đoạn qua phường Hoàng Mai. Đơn giá bồi thường được niêm yết thấp hơn nhiều so với giá chuyển nhượng thực tế trong khu vực. Tôi đề nghị cơ quan chức năng xem xét, áp dụng đơn giá phù hợp để gia đình có điều kiện tạo lập chỗ ở mới.',
    answer:
      'Sở Nông nghiệp và Môi trường đã phối hợp với UBND phường Hoàng Mai rà soát hồ sơ bồi thường của gia đình ông. Đơn giá bồi thường được xác định theo bảng giá đất và hệ số điều chỉnh do UBND thành phố ban hành năm 2025, đúng quy định của Luật Đất đai. Đối với phần tài sản trên đất chưa được kiểm đếm, Hội đồng bồi thường sẽ tổ chức kiểm đếm bổ sung và thông báo kết quả trong tháng này.',
  },
  {
    categoryCode: 'DAT-DAI.BOI-THUONG',
    kind: 'complaint',
    title: 'Khiếu nại quyết định hỗ trợ tái định cư chưa thỏa đáng',
    description:
      'Ngày 12/8/2025, tôi nhận quyết định hỗ trợ tái định cư đối với thửa đất tại ngõ 168 đường Lĩnh Nam. Quyết định chỉ tính diện tích nhà chính, không tính phần công trình phụ đã xây dựng từ năm 1995. Tôi khiếu nại quyết định này và đề nghị được kiểm đếm lại.',
    answer:
      'Sở Nông nghiệp và Môi trường đã chỉ đạo Ban Quản lý dự án phối hợp với UBND phường Lĩnh Nam kiểm tra lại hồ sơ kiểm đếm. Kết quả xác minh cho thấy phần công trình phụ có đủ căn cứ xác định thời điểm xây dựng và sẽ được bổ sung vào phương án hỗ trợ. Quyết định điều chỉnh sẽ được gửi tới bà trong thời hạn 30 ngày.',
  },
  {
    categoryCode: 'DAT-DAI.CAP-GCN',
    kind: 'question',
    title: 'Hỏi thủ tục cấp sổ đỏ lần đầu cho đất thừa kế',
    description:
      'Bố mẹ tôi để lại một thửa đất tại xã Đông Anh nhưng chưa từng được cấp giấy chứng nhận. Các anh chị em trong gia đình đã thống nhất để tôi đứng tên. Xin hỏi tôi cần chuẩn bị những giấy tờ gì và nộp hồ sơ ở đâu?',
    answer:
      'Sở Nông nghiệp và Môi trường trả lời như sau: ông cần chuẩn bị đơn đăng ký, giấy tờ về nguồn gốc sử dụng đất, văn bản thỏa thuận phân chia di sản có công chứng và giấy tờ nhân thân. Hồ sơ nộp tại bộ phận một cửa của UBND xã Đông Anh hoặc trực tuyến qua Cổng dịch vụ công quốc gia. Thời hạn giải quyết theo quy định là không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
  },
  {
    categoryCode: 'DAT-DAI.CAP-GCN',
    kind: 'feedback',
    title: 'Hồ sơ cấp giấy chứng nhận bị chậm quá hạn ba tháng',
    description:
      'Tôi nộp hồ sơ đăng ký biến động đất đai cho căn nhà trên phố Đội Cấn từ tháng 5/2025. Đến nay đã quá hẹn ba tháng nhưng chưa nhận được kết quả hay thông báo lý do. Mỗi lần hỏi, cán bộ chỉ trả lời đang chờ xác minh.',
    answer:
      'Sở Nông nghiệp và Môi trường đã chỉ đạo Văn phòng Đăng ký đất đai Hà Nội kiểm tra tiến độ giải quyết hồ sơ của ông. Nguyên nhân chậm là do việc bàn giao dữ liệu địa chính khi sắp xếp đơn vị hành chính, đơn vị đã gửi văn bản xin lỗi và hẹn trả kết quả trong 10 ngày làm việc. Sở đã yêu cầu đơn vị rà soát toàn bộ hồ sơ tồn đọng để xử lý dứt điểm.',
  },
  {
    categoryCode: 'DAT-DAI.CAP-GCN',
    kind: 'question',
    title: 'Điều kiện tách thửa đất ở tại xã Sóc Sơn',
    description:
      'Gia đình tôi có thửa đất ở rộng 300 m² tại xã Sóc Sơn và muốn tách làm hai thửa cho hai con. Tôi muốn biết diện tích tối thiểu được phép tách thửa hiện nay là bao nhiêu. Việc tách thửa có phải xin chấp thuận của xã trước không?',
    answer:
      'Sở Nông nghiệp và Môi trường trả lời: điều kiện và diện tích tối thiểu tách thửa thực hiện theo quyết định quy định về tách thửa của UBND thành phố Hà Nội, áp dụng khác nhau giữa khu vực phường và xã. Ông có thể liên hệ bộ phận một cửa UBND xã Sóc Sơn để được hướng dẫn cụ thể với thửa đất của gia đình. Hồ sơ tách thửa phải kèm bản vẽ đo đạc do đơn vị có chức năng lập.',
  },
  {
    categoryCode: 'DAT-DAI.TRANH-CHAP',
    kind: 'petition',
    title: 'Đề nghị giải quyết tranh chấp ranh giới đất với hàng xóm',
    description:
      'Hộ liền kề nhà tôi ở ngõ 62 đường Ngọc Lâm xây tường rào lấn sang phần đất của gia đình tôi khoảng 0,5 m. Hai bên đã hòa giải tại tổ dân phố nhưng không thành. Tôi đề nghị chính quyền xem xét, giải quyết theo đúng hồ sơ địa chính.',
    answer:
      'UBND phường Long Biên đã tiếp nhận đơn và tổ chức hòa giải tranh chấp đất đai theo quy định. Trường hợp hòa giải tại phường không thành, ông có quyền gửi đơn đến UBND thành phố hoặc khởi kiện tại Tòa án nhân dân có thẩm quyền. Phường đã đề nghị hộ liền kề tạm dừng thi công tường rào cho đến khi có kết quả giải quyết.',
  },
  {
    categoryCode: 'DAT-DAI.TRANH-CHAP',
    kind: 'denunciation',
    title: 'Tố cáo cán bộ địa chính xác nhận sai nguồn gốc đất',
    description:
      'Tôi tố cáo cán bộ địa chính xã Gia Lâm đã xác nhận sai nguồn gốc thửa đất đang có tranh chấp tại thôn giáp đê sông Đuống. Việc xác nhận này giúp một hộ khác được cấp giấy chứng nhận trên phần đất của gia đình tôi. Tôi có đầy đủ giấy tờ mua bán từ năm 1992 để chứng minh.',
    answer:
      'Thanh tra thành phố đã tiếp nhận đơn tố cáo và thụ lý giải quyết theo quy định của Luật Tố cáo. Đoàn xác minh đã làm việc với UBND xã Gia Lâm và thu thập hồ sơ địa chính liên quan đến thửa đất. Thông tin về người tố cáo được giữ bí mật và kết quả giải quyết sẽ được thông báo bằng văn bản.',
  },
  {
    categoryCode: 'DAT-DAI',
    kind: 'feedback',
    title: 'Đất công bị lấn chiếm làm bãi trông giữ xe trái phép',
    description:
      'Khu đất trống cạnh đường Tam Trinh vốn được quy hoạch làm vườn hoa nhưng nay bị quây tôn làm bãi trông giữ ô tô. Bãi xe hoạt động cả ngày đêm và thu phí của người dân. Đề nghị cơ quan chức năng kiểm tra tính pháp lý và thu hồi đất công.',
    answer:
      'UBND phường Hoàng Mai đã kiểm tra thực tế và xác định bãi trông giữ xe không có văn bản cho phép sử dụng đất. Phường đã lập biên bản vi phạm, yêu cầu tổ chức, cá nhân liên quan tháo dỡ tôn quây và trả lại hiện trạng trong 15 ngày. Khu đất sẽ được bàn giao cho đơn vị quản lý để triển khai vườn hoa theo quy hoạch.',
  },

  // ----- Môi trường -----
  {
    categoryCode: 'MOI-TRUONG.RAC-THAI',
    kind: 'feedback',
    title: 'Rác thải sinh hoạt tồn đọng nhiều ngày ở ngõ Thổ Quan',
    description:
      'Điểm tập kết rác đầu ngõ Thổ Quan trên phố Khâm Thiên đã ba ngày không được thu gom. Rác tràn ra lòng ngõ, bốc mùi hôi thối, ruồi nhặng nhiều. Đề nghị đơn vị vệ sinh môi trường khẩn trương xử lý.',
    answer:
      'Công ty Môi trường đô thị Hà Nội đã bố trí xe và nhân lực thu gom toàn bộ lượng rác tồn đọng ngay trong ngày tiếp nhận phản ánh. Nguyên nhân là xe chuyên dụng phục vụ tuyến thu gom bị hỏng đột xuất. Công ty đã điều chỉnh lịch thu gom, bảo đảm rác tại điểm này được xử lý hằng ngày trước 22 giờ.',
  },
  {
    categoryCode: 'MOI-TRUONG.RAC-THAI',
    kind: 'feedback',
    title: 'Xe thu gom rác hoạt động gây ồn sau nửa đêm',
    description:
      'Hằng đêm khoảng 1 giờ sáng, xe ép rác dừng rất lâu trước số nhà 120 phố Bạch Mai. Tiếng máy ép và tiếng kéo xe gom gây ồn, ảnh hưởng giấc ngủ của nhiều hộ dân. Đề nghị bố trí thời gian hoặc vị trí tập kết phù hợp hơn.',
    answer:
      'Công ty Môi trường đô thị Hà Nội đã làm việc với đội thu gom phụ trách phố Bạch Mai. Công ty đã chuyển vị trí dừng xe ép rác vào bãi đỗ đầu ngõ và yêu cầu công nhân hạn chế tiếng ồn khi tác nghiệp ban đêm. Người dân tiếp tục phản ánh nếu tình trạng còn tái diễn.',
  },
  {
    categoryCode: 'MOI-TRUONG.RAC-THAI',
    kind: 'petition',
    title: 'Kiến nghị thêm điểm tập kết rác tại khu đô thị',
    description:
      'Khu đô thị Việt Hưng có hàng nghìn hộ dân nhưng chỉ có hai điểm tập kết rác, thường xuyên quá tải vào buổi tối. Nhiều người đã bỏ rác ven đường Nguyễn Cao Luyện. Tôi kiến nghị bố trí thêm điểm tập kết và thùng phân loại rác tại nguồn.',
    answer:
      'Công ty Môi trường đô thị Hà Nội đã phối hợp với UBND phường Long Biên khảo sát thực tế khu đô thị Việt Hưng. Đơn vị sẽ bổ sung một điểm tập kết và 20 thùng rác phân loại trong tháng tới. Phường cũng tăng cường tuyên truyền và xử lý các trường hợp vứt rác không đúng nơi quy định.',
  },
  {
    categoryCode: 'MOI-TRUONG.O-NHIEM',
    kind: 'feedback',
    title: 'Xưởng sản xuất gây khói bụi ô nhiễm khu dân cư',
    description:
      'Một xưởng tái chế nhựa gần đường Cao Lỗ, xã Đông Anh thường xả khói đen vào buổi tối. Mùi nhựa cháy lan vào nhà dân khiến trẻ nhỏ và người già bị ho kéo dài. Đề nghị kiểm tra giấy phép môi trường của cơ sở này.',
    answer:
      'Sở Nông nghiệp và Môi trường đã chủ trì, phối hợp với UBND xã Đông Anh kiểm tra cơ sở tái chế nhựa nêu trên. Qua kiểm tra, cơ sở chưa có giấy phép môi trường và không lắp đặt hệ thống xử lý khí thải. Sở đã lập hồ sơ xử phạt và yêu cầu cơ sở dừng hoạt động cho đến khi hoàn thiện thủ tục theo quy định.',
  },
  {
    categoryCode: 'MOI-TRUONG.O-NHIEM',
    kind: 'feedback',
    title: 'Công trình đổ bê tông ban đêm gây ồn kéo dài',
    description:
      'Công trình xây dựng tòa nhà văn phòng trên đường Phạm Văn Đồng liên tục đổ bê tông từ 23 giờ đến 4 giờ sáng. Tiếng máy bơm và xe trộn gây ồn lớn suốt nhiều tuần. Đề nghị cơ quan chức năng kiểm tra và yêu cầu chủ đầu tư tuân thủ giờ thi công.',
    answer:
      'Sở Nông nghiệp và Môi trường đã phối hợp với Sở Xây dựng và UBND phường Nghĩa Đô kiểm tra công trình. Kết quả đo tiếng ồn vào ban đêm vượt quy chuẩn cho phép, đơn vị thi công đã bị xử phạt vi phạm hành chính. Chủ đầu tư đã cam kết chỉ thi công gây ồn lớn trong khung giờ được phép.',
  },
  {
    categoryCode: 'MOI-TRUONG.O-NHIEM',
    kind: 'question',
    title: 'Hỏi về kết quả quan trắc chất lượng không khí',
    description:
      'Thời gian gần đây trời Hà Nội thường mù, tôi thấy các ứng dụng báo chỉ số không khí ở mức xấu. Xin hỏi thành phố có công bố số liệu quan trắc chính thức ở đâu? Người dân nên làm gì để bảo vệ sức khỏe những ngày ô nhiễm?',
    answer:
      'Sở Nông nghiệp và Môi trường trả lời: số liệu quan trắc tự động được cập nhật hằng giờ trên trang thông tin của Sở và ứng dụng iHanoi. Khi chỉ số chất lượng không khí ở mức kém trở lên, người dân nên hạn chế hoạt động ngoài trời và đeo khẩu trang đạt chuẩn. Thành phố đang triển khai các giải pháp kiểm soát khí thải phương tiện và bụi từ công trình xây dựng.',
  },
  {
    categoryCode: 'MOI-TRUONG.O-NHIEM',
    kind: 'denunciation',
    title: 'Tố cáo doanh nghiệp xả thải chưa qua xử lý ra sông',
    description:
      'Tôi tố cáo một doanh nghiệp dệt nhuộm xả nước thải có màu đen trực tiếp ra sông Nhuệ đoạn qua phường Hà Đông. Việc xả thải thường diễn ra vào ban đêm qua một đường ống ngầm. Tôi đã ghi lại hình ảnh và sẵn sàng cung cấp cho cơ quan chức năng.',
    answer:
      'Thanh tra thành phố đã thụ lý đơn tố cáo và phối hợp với Sở Nông nghiệp và Môi trường kiểm tra đột xuất doanh nghiệp. Đoàn kiểm tra đã lấy mẫu nước thải tại cửa xả để phân tích và niêm phong đường ống không có trong hồ sơ môi trường. Kết quả xử lý sẽ được thông báo tới người tố cáo theo quy định.',
  },
  {
    categoryCode: 'MOI-TRUONG.THOAT-NUOC',
    kind: 'feedback',
    title: 'Ngập úng kéo dài sau mưa tại phố Nguyễn Khuyến',
    description:
      'Mỗi trận mưa lớn, phố Nguyễn Khuyến ngập sâu 40 đến 50 cm và kéo dài nhiều giờ. Nước tràn vào nhà dân, nhiều xe máy chết máy giữa đường. Đề nghị thành phố có giải pháp chống ngập lâu dài cho khu vực này.',
    answer:
      'Sở Xây dựng đã chỉ đạo Công ty Thoát nước Hà Nội bố trí trạm bơm cơ động và nạo vét hệ thống cống trên phố Nguyễn Khuyến. Về lâu dài, khu vực này nằm trong dự án cải tạo hệ thống thoát nước lưu vực sông Tô Lịch đang được triển khai. Trong mùa mưa, lực lượng ứng trực sẽ có mặt để phân luồng và hỗ trợ người dân.',
  },
  {
    categoryCode: 'MOI-TRUONG.THOAT-NUOC',
    kind: 'petition',
    title: 'Đề nghị nạo vét mương thoát nước bốc mùi hôi thối',
    description:
      'Đoạn mương thoát nước dọc đường Lĩnh Nam bị bồi lắng, rác và bèo phủ kín mặt. Nước đọng bốc mùi hôi và là nơi sinh sản của muỗi. Chúng tôi đề nghị nạo vét và có phương án cống hóa đoạn mương này.',
    answer:
      'Sở Xây dựng đã chỉ đạo đơn vị duy trì hệ thống thoát nước tổ chức nạo vét, vớt rác đoạn mương dọc đường Lĩnh Nam. Việc cống hóa tuyến mương đã được đưa vào danh mục đầu tư công giai đoạn tới của thành phố. Sở đề nghị người dân không đổ rác, phế thải xuống mương.',
  },
  {
    categoryCode: 'MOI-TRUONG',
    kind: 'petition',
    title: 'Đề nghị trồng bổ sung cây xanh trên đường Âu Cơ',
    description:
      'Sau cơn bão năm 2024, nhiều cây xanh trên đường Âu Cơ bị đổ và đến nay chưa được trồng lại. Vỉa hè trống trải, mùa hè rất nóng. Tôi đề nghị thành phố trồng bổ sung cây bóng mát phù hợp.',
    answer:
      'Sở Nông nghiệp và Môi trường đã phối hợp với Sở Xây dựng và UBND phường Tây Hồ rà soát các vị trí cây xanh bị đổ gãy. Đường Âu Cơ nằm trong kế hoạch trồng bổ sung cây bóng mát của thành phố trong mùa trồng cây tới. Chủng loại cây được lựa chọn phù hợp với không gian vỉa hè và hệ thống hạ tầng ngầm.',
  },

  // ----- Giao thông - hạ tầng -----
  {
    categoryCode: 'GIAO-THONG.DUONG-HONG',
    kind: 'feedback',
    title: 'Ổ gà lớn trên đường Giải Phóng gây nguy hiểm',
    description:
      'Trên đường Giải Phóng, đoạn gần bến xe Giáp Bát chiều đi Pháp Vân, xuất hiện nhiều ổ gà sâu. Trời mưa nước đọng che khuất ổ gà, đã có người đi xe máy bị ngã. Đề nghị sớm sửa chữa mặt đường.',
    answer:
      'Sở Xây dựng đã chỉ đạo đơn vị duy tu hạ tầng giao thông vá sửa các ổ gà trên đoạn đường Giải Phóng được phản ánh. Công tác sửa chữa đã hoàn thành trong vòng 48 giờ kể từ khi tiếp nhận thông tin. Sở cảm ơn người dân đã phản ánh và đề nghị tiếp tục thông tin về các hư hỏng phát sinh.',
  },
  {
    categoryCode: 'GIAO-THONG.DUONG-HONG',
    kind: 'feedback',
    title: 'Vỉa hè phố Bà Triệu bị bong tróc, sụt lún',
    description:
      'Nhiều đoạn vỉa hè phố Bà Triệu, khu vực gần phố Trần Xuân Soạn, bị bong gạch và sụt lún. Người đi bộ, nhất là người cao tuổi, dễ bị vấp ngã. Đề nghị cơ quan quản lý sớm sửa chữa.',
    answer:
      'Sở Xây dựng đã chỉ đạo đơn vị quản lý hạ tầng kiểm tra hiện trường và lát lại các vị trí vỉa hè bị hư hỏng trên phố Bà Triệu. Việc sửa chữa được thực hiện ngoài giờ cao điểm để hạn chế ảnh hưởng giao thông. Sở đề nghị các hộ kinh doanh không để ô tô, xe tải đỗ trên vỉa hè gây sụt lún.',
  },
  {
    categoryCode: 'GIAO-THONG.DUONG-HONG',
    kind: 'petition',
    title: 'Kiến nghị sớm hoàn trả mặt đường sau thi công cáp ngầm',
    description:
      'Đơn vị thi công hạ ngầm cáp viễn thông trên đường Thụy Khuê đã đào đường hơn một tháng. Sau khi thi công, mặt đường chỉ được lấp tạm bằng đá dăm, bụi bặm và gồ ghề. Tôi kiến nghị yêu cầu đơn vị thi công hoàn trả mặt đường đúng tiêu chuẩn.',
    answer:
      'Sở Xây dựng đã kiểm tra và yêu cầu đơn vị thi công hoàn trả kết cấu mặt đường trên đường Thụy Khuê trong thời hạn 7 ngày. Sở cũng đề nghị UBND phường Tây Hồ giám sát việc hoàn trả và vệ sinh môi trường tại hiện trường. Trường hợp chậm trễ, đơn vị thi công sẽ bị xử lý theo quy định về cấp phép đào đường.',
  },
  {
    categoryCode: 'GIAO-THONG.DEN-TIN-HIEU',
    kind: 'feedback',
    title: 'Đèn tín hiệu giao thông tại ngã tư bị hỏng',
    description:
      'Cụm đèn tín hiệu tại nút giao Tây Sơn - Thái Hà đã tắt từ sáng nay. Giờ cao điểm các phương tiện tranh nhau đi, gây ùn tắc kéo dài. Đề nghị khẩn trương sửa chữa.',
    answer:
      'Sở Xây dựng đã chỉ đạo đơn vị quản lý hệ thống đèn tín hiệu khắc phục sự cố tại nút giao Tây Sơn - Thái Hà ngay trong ngày. Nguyên nhân là tủ điều khiển bị chập do nước mưa. Trong thời gian sửa chữa, lực lượng Cảnh sát giao thông đã được đề nghị hỗ trợ điều tiết giao thông.',
  },
  {
    categoryCode: 'GIAO-THONG.DEN-TIN-HIEU',
    kind: 'petition',
    title: 'Đề nghị lắp đèn tín hiệu trước cổng trường tiểu học',
    description:
      'Trước cổng một trường tiểu học trên đường Nguyễn Văn Cừ, xe cộ đi tốc độ cao nhưng không có đèn tín hiệu cho người đi bộ. Giờ tan học, phụ huynh và học sinh sang đường rất nguy hiểm. Tôi đề nghị lắp đèn tín hiệu và vạch kẻ đường cho người đi bộ.',
    answer:
      'Sở Xây dựng đã khảo sát lưu lượng giao thông tại vị trí được phản ánh trên đường Nguyễn Văn Cừ. Sở thống nhất bổ sung đèn tín hiệu cho người đi bộ, vạch sơn và biển cảnh báo khu vực trường học. Công trình dự kiến hoàn thành trước học kỳ II năm học này.',
  },
  {
    categoryCode: 'GIAO-THONG.XE-BUYT',
    kind: 'feedback',
    title: 'Xe buýt thường xuyên bỏ điểm dừng không đón khách',
    description:
      'Tôi thường đi xe buýt tuyến số 32 tại điểm dừng trên đường Xuân Thủy. Nhiều lần xe không dừng đón dù có hành khách vẫy, nhất là vào giờ cao điểm buổi sáng. Đề nghị chấn chỉnh tài xế và nhân viên phục vụ.',
    answer:
      'Sở Xây dựng đã chỉ đạo Trung tâm Quản lý và điều hành giao thông kiểm tra dữ liệu giám sát hành trình của tuyến buýt số 32. Đơn vị vận hành đã xác định và xử lý kỷ luật lái xe vi phạm. Sở yêu cầu các đơn vị vận tải tăng cường giám sát, bảo đảm dừng đỗ đón trả khách đúng quy định.',
  },
  {
    categoryCode: 'GIAO-THONG.XE-BUYT',
    kind: 'question',
    title: 'Hỏi về đối tượng được miễn vé xe buýt',
    description:
      'Mẹ tôi năm nay 68 tuổi, thường xuyên đi xe buýt từ phường Hà Đông vào trung tâm. Tôi nghe nói người cao tuổi được miễn vé. Xin hỏi thủ tục làm thẻ miễn phí như thế nào?',
    answer:
      'Sở Xây dựng trả lời: theo nghị quyết của HĐND thành phố, người từ đủ 60 tuổi trở lên thuộc nhóm đối tượng được miễn tiền vé trên các tuyến xe buýt có trợ giá. Bà có thể đăng ký thẻ tại các điểm cấp thẻ của Trung tâm Quản lý và điều hành giao thông hoặc đăng ký trực tuyến, chỉ cần mang theo căn cước. Thẻ được cấp miễn phí và sử dụng trên toàn bộ mạng lưới buýt có trợ giá.',
  },
  {
    categoryCode: 'GIAO-THONG.DEN-DUONG',
    kind: 'feedback',
    title: 'Đèn đường trên phố Minh Khai hỏng nhiều ngày',
    description:
      'Cả dãy đèn đường trên phố Minh Khai đoạn gần cầu Vĩnh Tuy đã tắt hơn một tuần nay. Buổi tối đoạn đường tối om, xe máy đi lại rất nguy hiểm và đã có người bị ngã. Đề nghị đơn vị quản lý chiếu sáng khẩn trương sửa chữa.',
    answer:
      'Sở Xây dựng đã chỉ đạo Công ty Chiếu sáng và thiết bị đô thị kiểm tra tuyến chiếu sáng trên phố Minh Khai. Nguyên nhân là cáp ngầm bị đứt do thi công công trình ngầm. Đơn vị đã thay thế đoạn cáp hư hỏng và toàn tuyến đèn đã sáng trở lại trong vòng 48 giờ kể từ khi tiếp nhận phản ánh.',
  },
  {
    categoryCode: 'GIAO-THONG.DEN-DUONG',
    kind: 'petition',
    title: 'Đề nghị lắp đèn chiếu sáng cho ngõ 128 Lạc Long Quân',
    description:
      'Ngõ 128 Lạc Long Quân dài gần 300 m nhưng chưa có đèn chiếu sáng công cộng. Buổi tối người dân, nhất là học sinh, đi lại rất khó khăn và lo ngại mất an ninh. Chúng tôi đề nghị thành phố bổ sung hệ thống đèn đường cho ngõ.',
    answer:
      'Sở Xây dựng đã khảo sát hiện trạng và đưa ngõ 128 Lạc Long Quân vào kế hoạch bổ sung chiếu sáng ngõ xóm năm nay. Dự kiến lắp 12 bộ đèn LED trên cột điện hiện có, hoàn thành trong quý tới. Trong thời gian chờ thi công, UBND phường phối hợp với tổ dân phố tăng cường tuần tra buổi tối.',
  },
  {
    categoryCode: 'GIAO-THONG',
    kind: 'petition',
    title: 'Đề nghị chống ùn tắc giờ cao điểm tại Ngã Tư Sở',
    description:
      'Khu vực Ngã Tư Sở giao giữa đường Trường Chinh, Tây Sơn và Nguyễn Trãi thường xuyên ùn tắc vào giờ cao điểm chiều. Nhiều xe máy đi ngược chiều dưới gầm cầu vượt. Chúng tôi đề nghị nghiên cứu điều chỉnh pha đèn và phân làn hợp lý hơn.',
    answer:
      'Sở Xây dựng đã phối hợp với Công an thành phố khảo sát hiện trạng giao thông khu vực Ngã Tư Sở. Sở đã điều chỉnh chu kỳ đèn tín hiệu giờ cao điểm và bổ sung dải phân cách mềm để ngăn xe đi ngược chiều. Hiệu quả sẽ được đánh giá sau một tháng để tiếp tục điều chỉnh.',
  },

  // ----- Xây dựng - trật tự đô thị -----
  {
    categoryCode: 'XAY-DUNG.TRAT-TU',
    kind: 'feedback',
    title: 'Hàng quán lấn chiếm vỉa hè phố Hàng Gai',
    description:
      'Nhiều cửa hàng trên phố Hàng Gai bày hàng hóa và bàn ghế kín vỉa hè. Người đi bộ, nhất là du khách, phải đi xuống lòng đường rất nguy hiểm. Đề nghị chính quyền xử lý dứt điểm.',
    answer:
      'UBND phường Hoàn Kiếm đã chỉ đạo lực lượng trật tự đô thị kiểm tra và lập biên bản đối với 7 hộ kinh doanh lấn chiếm vỉa hè trên phố Hàng Gai. Các hộ vi phạm đã được yêu cầu thu dọn và ký cam kết không tái phạm. Phường sẽ duy trì kiểm tra thường xuyên, kể cả vào buổi tối và cuối tuần.',
  },
  {
    categoryCode: 'XAY-DUNG.TRAT-TU',
    kind: 'feedback',
    title: 'Chợ cóc họp tràn ra lòng đường gây ùn tắc',
    description:
      'Buổi sáng, chợ tạm ở đầu ngõ phố Khương Thượng họp tràn ra lòng đường. Xe máy, ô tô không lưu thông được, rác thải để lại bừa bãi sau khi tan chợ. Đề nghị phường sắp xếp lại hoạt động buôn bán.',
    answer:
      'UBND phường Đống Đa đã tổ chức ra quân giải tỏa chợ tạm và bố trí lực lượng trực tại khu vực vào buổi sáng. Các hộ kinh doanh được hướng dẫn vào buôn bán tại chợ dân sinh trong khu vực. Phường cũng phối hợp với đơn vị vệ sinh môi trường thu gom rác sau giờ họp chợ.',
  },
  {
    categoryCode: 'XAY-DUNG.TRAT-TU',
    kind: 'petition',
    title: 'Đề nghị xử lý biển quảng cáo che khuất lối đi',
    description:
      'Trên phố Kim Mã, nhiều biển quảng cáo dạng chân đứng được đặt giữa vỉa hè, che khuất lối đi. Một số biển quảng cáo treo trên cao có khung sắt đã gỉ sét. Tôi đề nghị kiểm tra và tháo dỡ các biển quảng cáo không phép.',
    answer:
      'Sở Xây dựng đã phối hợp với Sở Văn hóa và Thể thao và UBND phường Giảng Võ kiểm tra các biển quảng cáo trên phố Kim Mã. Các biển chân đứng đặt trên vỉa hè đã được yêu cầu tháo dỡ ngay. Đối với biển quảng cáo khung sắt có nguy cơ mất an toàn, chủ sở hữu phải gia cố hoặc tháo dỡ trong 5 ngày.',
  },
  {
    categoryCode: 'XAY-DUNG.TRAI-PHEP',
    kind: 'feedback',
    title: 'Công trình xây dựng vượt số tầng được cấp phép',
    description:
      'Công trình nhà ở riêng lẻ trong ngõ 255 phố Đội Cấn được cấp phép 5 tầng nhưng hiện đã xây lên tầng 7. Việc xây dựng còn làm nứt tường nhà liền kề. Đề nghị kiểm tra và xử lý vi phạm.',
    answer:
      'UBND phường Ngọc Hà đã kiểm tra công trình và xác định chủ nhà xây dựng sai nội dung giấy phép. Phường đã lập biên bản, đình chỉ thi công và yêu cầu chủ đầu tư tự tháo dỡ phần vượt tầng. Chủ nhà cũng được yêu cầu thỏa thuận bồi thường thiệt hại cho hộ liền kề.',
  },
  {
    categoryCode: 'XAY-DUNG.TRAI-PHEP',
    kind: 'denunciation',
    title: 'Tố cáo cán bộ phường bao che công trình sai phép',
    description:
      'Một công trình xây dựng trên đường Trần Duy Hưng đã vi phạm giấy phép từ nhiều tháng nay. Người dân đã phản ánh nhiều lần nhưng cán bộ phụ trách trật tự xây dựng không xử lý. Tôi tố cáo cán bộ này có dấu hiệu bao che, nhận lợi ích từ chủ công trình.',
    answer:
      'Thanh tra thành phố đã thụ lý đơn tố cáo và thành lập tổ xác minh nội dung tố cáo. Tổ xác minh đã làm việc với UBND phường Yên Hòa và kiểm tra hồ sơ quản lý trật tự xây dựng liên quan. Thông tin người tố cáo được bảo mật, kết luận sẽ được gửi tới người tố cáo theo quy định.',
  },
  {
    categoryCode: 'XAY-DUNG.TRAI-PHEP',
    kind: 'question',
    title: 'Hỏi về thủ tục xin giấy phép sửa chữa nhà ở',
    description:
      'Tôi muốn cải tạo, nâng thêm một tầng cho nhà ở trong ngõ phố Chùa Bộc. Xin hỏi trường hợp này có phải xin giấy phép xây dựng không? Hồ sơ nộp ở phường hay ở Sở?',
    answer:
      'Sở Xây dựng trả lời: việc cải tạo làm thay đổi kết cấu chịu lực hoặc tăng số tầng phải xin giấy phép xây dựng. Sau khi sắp xếp chính quyền hai cấp, UBND phường cấp giấy phép đối với nhà ở riêng lẻ trên địa bàn. Ông nộp hồ sơ tại bộ phận một cửa UBND phường Kim Liên hoặc qua Cổng dịch vụ công.',
  },
  {
    categoryCode: 'XAY-DUNG.CHUNG-CU',
    kind: 'petition',
    title: 'Chủ đầu tư chậm bàn giao quỹ bảo trì chung cư',
    description:
      'Tòa chung cư chúng tôi trên đường Nguyễn Xiển đã bầu ban quản trị từ năm 2023. Đến nay chủ đầu tư vẫn chưa bàn giao quỹ bảo trì 2% dù ban quản trị đã nhiều lần đề nghị. Chúng tôi kiến nghị thành phố can thiệp và cưỡng chế bàn giao.',
    answer:
      'Sở Xây dựng đã tổ chức buổi làm việc giữa chủ đầu tư và ban quản trị tòa nhà. Sở đã yêu cầu chủ đầu tư đối chiếu số liệu và bàn giao kinh phí bảo trì trong 30 ngày. Nếu chủ đầu tư không thực hiện, Sở sẽ tham mưu UBND thành phố ban hành quyết định cưỡng chế theo quy định.',
  },
  {
    categoryCode: 'XAY-DUNG.CHUNG-CU',
    kind: 'feedback',
    title: 'Thang máy chung cư tái định cư thường xuyên hỏng',
    description:
      'Tòa nhà tái định cư 15 tầng tại khu đô thị Việt Hưng có hai thang máy nhưng thường xuyên chỉ một chiếc hoạt động. Nhiều lần thang dừng đột ngột giữa tầng khiến cư dân bị mắc kẹt. Đề nghị kiểm tra an toàn và sửa chữa.',
    answer:
      'Sở Xây dựng đã chỉ đạo đơn vị quản lý vận hành nhà tái định cư kiểm định lại toàn bộ thang máy của tòa nhà. Một thang máy đã được thay thế bộ điều khiển và đưa vào vận hành trở lại. Đơn vị quản lý phải bố trí nhân viên trực kỹ thuật 24/24 giờ để xử lý sự cố.',
  },
  {
    categoryCode: 'XAY-DUNG',
    kind: 'complaint',
    title: 'Khiếu nại quyết định xử phạt vi phạm trật tự xây dựng',
    description:
      'Ngày 3/9/2025, tôi bị lập biên bản và ra quyết định xử phạt vì lợp mái tôn trên sân thượng nhà ở phố Hồng Hà. Mái tôn chỉ để che mưa nắng, không làm thay đổi kết cấu và không tăng diện tích sử dụng. Tôi khiếu nại quyết định xử phạt này.',
    answer:
      'Sở Xây dựng đã chuyển đơn và đề nghị UBND phường Hồng Hà giải quyết khiếu nại lần đầu theo thẩm quyền. Qua xác minh, phường xác định mái che bằng khung thép nhẹ không thuộc trường hợp phải cấp phép và đã ban hành quyết định hủy quyết định xử phạt. Ông có trách nhiệm bảo đảm mái che không ảnh hưởng đến thoát hiểm và các hộ liền kề.',
  },

  // ----- An sinh xã hội -----
  {
    categoryCode: 'AN-SINH.BAO-TRO',
    kind: 'question',
    title: 'Hỏi thủ tục hưởng trợ cấp xã hội cho người cao tuổi',
    description:
      'Bố tôi năm nay 80 tuổi, sống tại xã Ba Vì và không có lương hưu. Gia đình muốn làm hồ sơ hưởng trợ cấp hằng tháng cho cụ. Xin hỏi thủ tục và mức trợ cấp hiện nay?',
    answer:
      'Sở Y tế trả lời: người cao tuổi không có lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng thuộc diện được xem xét hưởng trợ cấp theo quy định hiện hành. Gia đình nộp tờ khai và giấy tờ nhân thân của cụ tại bộ phận một cửa UBND xã Ba Vì. Mức trợ cấp cụ thể sẽ được thông báo khi xã có quyết định hưởng.',
  },
  {
    categoryCode: 'AN-SINH.BAO-TRO',
    kind: 'petition',
    title: 'Đề nghị hỗ trợ gia đình có người khuyết tật nặng',
    description:
      'Con tôi bị bại não từ nhỏ, hiện 12 tuổi, gia đình tôi thuê trọ tại phường Lĩnh Nam. Do chưa chuyển được hộ khẩu thường trú nên cháu chưa được xét trợ cấp. Tôi đề nghị được hướng dẫn và hỗ trợ để cháu hưởng chính sách.',
    answer:
      'Sở Y tế đã đề nghị UBND phường Lĩnh Nam phối hợp hướng dẫn gia đình bà thực hiện thủ tục xác định mức độ khuyết tật và đề nghị trợ cấp tại nơi đăng ký cư trú. Trường hợp gia đình đã đăng ký tạm trú, phường sẽ xem xét theo quy định hiện hành. Phường cũng giới thiệu cháu tới cơ sở phục hồi chức năng của thành phố để được hỗ trợ.',
  },
  {
    categoryCode: 'AN-SINH.BAO-TRO',
    kind: 'feedback',
    title: 'Người lang thang ăn xin quanh khu vực hồ Hoàn Kiếm',
    description:
      'Buổi tối, nhiều người lang thang, trong đó có trẻ em, đeo bám xin tiền du khách quanh hồ Hoàn Kiếm và phố Đinh Tiên Hoàng. Một số trường hợp có dấu hiệu bị người lớn lợi dụng. Đề nghị cơ quan chức năng hỗ trợ, đưa các em về nơi an toàn.',
    answer:
      'Sở Y tế đã chỉ đạo cơ sở bảo trợ xã hội phối hợp với UBND phường Hoàn Kiếm và công an phường rà soát, tiếp nhận các đối tượng lang thang. Các trẻ em được đưa về cơ sở bảo trợ để chăm sóc và xác minh thân nhân. Những trường hợp có dấu hiệu lợi dụng trẻ em sẽ được chuyển cơ quan công an xử lý.',
  },
  {
    categoryCode: 'AN-SINH.NGUOI-CO-CONG',
    kind: 'petition',
    title: 'Đề nghị xác nhận chế độ cho thân nhân liệt sĩ',
    description:
      'Ông nội tôi hy sinh năm 1972, đã được công nhận liệt sĩ. Bà nội tôi đã mất, hiện bố tôi là con liệt sĩ nhưng chưa được hưởng trợ cấp tuất. Gia đình ở phường Bạch Mai đề nghị được hướng dẫn làm hồ sơ.',
    answer:
      'Sở Nội vụ đã hướng dẫn gia đình chuẩn bị hồ sơ đề nghị giải quyết chế độ đối với thân nhân liệt sĩ theo Pháp lệnh Ưu đãi người có công với cách mạng. Hồ sơ nộp tại UBND phường Bạch Mai để xác nhận và chuyển Sở thẩm định. Sở sẽ giải quyết trong thời hạn quy định kể từ khi nhận đủ hồ sơ.',
  },
  {
    categoryCode: 'AN-SINH.NGUOI-CO-CONG',
    kind: 'complaint',
    title: 'Khiếu nại việc dừng trợ cấp thương binh không rõ lý do',
    description:
      'Từ tháng 7/2025, bố tôi là thương binh hạng 3/4 không nhận được trợ cấp hằng tháng. Gia đình hỏi tại phường Hai Bà Trưng thì được trả lời do chuyển dữ liệu sau sáp nhập. Tôi khiếu nại việc dừng chi trả và đề nghị truy lĩnh đầy đủ.',
    answer:
      'Sở Nội vụ đã kiểm tra và xác định việc gián đoạn chi trả do sai sót khi chuyển dữ liệu đối tượng giữa các đơn vị hành chính cũ và mới. Sở đã chỉ đạo khôi phục chi trả và truy lĩnh toàn bộ số tiền các tháng chưa nhận. Sở xin lỗi gia đình về sự bất tiện này.',
  },
  {
    categoryCode: 'AN-SINH.LAO-DONG',
    kind: 'feedback',
    title: 'Công ty nợ lương và chậm đóng bảo hiểm xã hội',
    description:
      'Tôi làm việc tại một công ty may trong khu công nghiệp Nội Bài, xã Sóc Sơn. Công ty đã nợ lương công nhân hai tháng và chưa đóng bảo hiểm xã hội từ đầu năm. Đề nghị cơ quan chức năng kiểm tra, bảo vệ quyền lợi người lao động.',
    answer:
      'Sở Nội vụ đã phối hợp với Bảo hiểm xã hội thành phố và công đoàn khu công nghiệp làm việc với doanh nghiệp. Công ty đã cam kết trả đủ lương tồn đọng trong tháng này và có lộ trình nộp bảo hiểm xã hội còn nợ. Sở sẽ tiếp tục giám sát và xử lý nghiêm nếu doanh nghiệp không thực hiện cam kết.',
  },
  {
    categoryCode: 'AN-SINH.LAO-DONG',
    kind: 'question',
    title: 'Hỏi về thủ tục hưởng trợ cấp thất nghiệp',
    description:
      'Tôi vừa nghỉ việc tại một công ty ở phường Thanh Xuân sau 4 năm đóng bảo hiểm thất nghiệp. Xin hỏi tôi cần nộp hồ sơ ở đâu và trong thời hạn bao lâu? Mức hưởng được tính như thế nào?',
    answer:
      'Sở Nội vụ trả lời: trong thời hạn 3 tháng kể từ ngày chấm dứt hợp đồng lao động, bà nộp hồ sơ tại Trung tâm Dịch vụ việc làm Hà Nội hoặc qua Cổng dịch vụ công. Mức hưởng hằng tháng bằng 60% bình quân tiền lương đóng bảo hiểm thất nghiệp của 6 tháng liền kề trước khi nghỉ việc, có mức trần theo quy định. Thời gian hưởng được tính theo số tháng đã đóng bảo hiểm thất nghiệp.',
  },
  {
    categoryCode: 'AN-SINH.LAO-DONG',
    kind: 'denunciation',
    title: 'Tố cáo doanh nghiệp trốn đóng bảo hiểm cho công nhân',
    description:
      'Tôi tố cáo một doanh nghiệp xây dựng có trụ sở trên đường Nguyễn Trãi không ký hợp đồng lao động và không đóng bảo hiểm xã hội cho hơn 50 công nhân. Doanh nghiệp vẫn khấu trừ tiền bảo hiểm vào lương hằng tháng. Tôi có bảng lương và tin nhắn làm bằng chứng.',
    answer:
      'Thanh tra thành phố đã thụ lý đơn tố cáo và phối hợp với Sở Nội vụ, Bảo hiểm xã hội thành phố tiến hành thanh tra đột xuất doanh nghiệp. Trường hợp xác định có hành vi trốn đóng bảo hiểm, hồ sơ sẽ được chuyển cơ quan điều tra xem xét theo quy định. Danh tính người tố cáo được giữ bí mật.',
  },
  {
    categoryCode: 'AN-SINH',
    kind: 'question',
    title: 'Hỏi chính sách hỗ trợ cán bộ nghỉ việc do sắp xếp',
    description:
      'Tôi là cán bộ không chuyên trách ở tổ dân phố thuộc phường Ô Chợ Dừa, nghỉ việc sau khi sắp xếp đơn vị hành chính. Xin hỏi tôi có thuộc đối tượng được hỗ trợ không? Mức hỗ trợ và thời gian chi trả như thế nào?',
    answer:
      'Sở Nội vụ trả lời: người hoạt động không chuyên trách nghỉ việc do sắp xếp đơn vị hành chính được hưởng chính sách hỗ trợ theo quy định của Chính phủ và nghị quyết của HĐND thành phố. UBND phường Ô Chợ Dừa có trách nhiệm lập danh sách và đề nghị chi trả. Ông liên hệ phường để được xác nhận thời gian công tác và hoàn thiện hồ sơ.',
  },

  // ----- Y tế -----
  {
    categoryCode: 'Y-TE.KHAM-CHUA-BENH',
    kind: 'feedback',
    title: 'Người bệnh phải chờ khám cả ngày tại bệnh viện',
    description:
      'Tôi đưa mẹ đi khám tại một bệnh viện công lập trên phố Thanh Nhàn từ 6 giờ sáng nhưng đến chiều mới được khám. Khu chờ chật chội, thiếu ghế ngồi và không có hướng dẫn. Đề nghị bệnh viện cải thiện quy trình tiếp đón người bệnh.',
    answer:
      'Sở Y tế đã yêu cầu bệnh viện rà soát quy trình khám bệnh, bổ sung bàn tiếp đón và mở thêm buồng khám vào giờ cao điểm. Bệnh viện đang triển khai đặt lịch khám trực tuyến để giảm thời gian chờ. Sở sẽ kiểm tra đột xuất việc thực hiện trong thời gian tới.',
  },
  {
    categoryCode: 'Y-TE.KHAM-CHUA-BENH',
    kind: 'complaint',
    title: 'Khiếu nại việc thu thêm chi phí ngoài bảo hiểm y tế',
    description:
      'Khi điều trị nội trú tại một bệnh viện trên đường Giải Phóng, tôi có thẻ bảo hiểm y tế đúng tuyến nhưng vẫn bị thu thêm hơn 3 triệu đồng tiền vật tư. Bệnh viện không giải thích rõ các khoản này. Tôi khiếu nại và đề nghị được hoàn trả nếu thu sai.',
    answer:
      'Sở Y tế đã phối hợp với Bảo hiểm xã hội thành phố kiểm tra hồ sơ thanh toán của ông. Kết quả cho thấy một số vật tư thuộc danh mục được quỹ bảo hiểm y tế chi trả nhưng bệnh viện đã thu của người bệnh. Bệnh viện đã hoàn trả khoản tiền thu sai và kiểm điểm bộ phận liên quan.',
  },
  {
    categoryCode: 'Y-TE.KHAM-CHUA-BENH',
    kind: 'question',
    title: 'Hỏi về khám chữa bệnh bằng thẻ bảo hiểm y tế',
    description:
      'Thẻ bảo hiểm y tế của tôi đăng ký ban đầu tại trạm y tế phường Long Biên. Nay tôi muốn khám chuyên khoa tại một bệnh viện tuyến thành phố. Xin hỏi tôi có được thanh toán bảo hiểm không và mức hưởng thế nào?',
    answer:
      'Sở Y tế trả lời: theo Luật Bảo hiểm y tế sửa đổi có hiệu lực từ ngày 1/7/2025, người tham gia được chuyển cơ sở khám chữa bệnh khi có chỉ định chuyên môn, một số bệnh hiếm, bệnh hiểm nghèo được đến thẳng cơ sở cấp chuyên sâu. Trường hợp tự đến không có giấy chuyển, mức hưởng sẽ phụ thuộc vào cấp chuyên môn và loại hình điều trị. Bà nên mang căn cước hoặc sử dụng ứng dụng VNeID khi đi khám.',
  },
  {
    categoryCode: 'Y-TE.KHAM-CHUA-BENH',
    kind: 'petition',
    title: 'Đề nghị bố trí thêm bác sĩ cho trạm y tế xã',
    description:
      'Trạm y tế xã Ba Vì phục vụ nhiều thôn ở vùng đồi nhưng chỉ có một bác sĩ. Người dân ốm đau thường phải đi xa hàng chục km để khám. Chúng tôi đề nghị bố trí thêm bác sĩ và trang thiết bị cho trạm.',
    answer:
      'Sở Y tế đã đưa trạm y tế xã Ba Vì vào danh sách ưu tiên bổ sung nhân lực đợt tuyển dụng tới. Trong thời gian chờ tuyển dụng, bệnh viện tuyến trên sẽ cử bác sĩ luân phiên về khám bệnh định kỳ hằng tuần. Trang thiết bị thiết yếu của trạm sẽ được bổ sung từ nguồn kinh phí năm nay.',
  },
  {
    categoryCode: 'Y-TE.ATTP',
    kind: 'feedback',
    title: 'Cơ sở sản xuất giò chả mất vệ sinh trong ngõ',
    description:
      'Trong ngõ 28 phố Kim Ngưu có một cơ sở sản xuất giò chả hoạt động từ nửa đêm. Nước thải chảy lênh láng ra ngõ, dụng cụ chế biến để ngay dưới đất. Đề nghị kiểm tra điều kiện an toàn thực phẩm của cơ sở này.',
    answer:
      'Sở Y tế đã chỉ đạo đoàn kiểm tra liên ngành phối hợp với UBND phường Vĩnh Tuy kiểm tra cơ sở. Cơ sở không có giấy chứng nhận đủ điều kiện an toàn thực phẩm và vi phạm quy định về vệ sinh nơi chế biến. Đoàn đã xử phạt, tiêu hủy sản phẩm và yêu cầu dừng sản xuất.',
  },
  {
    categoryCode: 'Y-TE.ATTP',
    kind: 'denunciation',
    title: 'Tố cáo cơ sở kinh doanh thực phẩm không rõ nguồn gốc',
    description:
      'Tôi tố cáo một kho hàng gần chợ Long Biên thường xuyên nhập nội tạng động vật đông lạnh không có nhãn mác, hóa đơn. Hàng được chuyển đi phân phối cho các quán ăn vào ban đêm. Tôi đề nghị cơ quan chức năng kiểm tra khẩn cấp.',
    answer:
      'Thanh tra thành phố đã thụ lý đơn và phối hợp với Sở Y tế, Công an thành phố kiểm tra kho hàng được tố cáo. Lực lượng chức năng đã tạm giữ hơn 2 tấn nội tạng động vật không rõ nguồn gốc để xử lý theo quy định. Người tố cáo được bảo vệ và giữ bí mật thông tin.',
  },
  {
    categoryCode: 'Y-TE.ATTP',
    kind: 'question',
    title: 'Hỏi thủ tục cấp giấy chứng nhận an toàn thực phẩm',
    description:
      'Tôi dự định mở một quán ăn nhỏ trên phố Thái Hà. Xin hỏi quán ăn có bắt buộc phải có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm không? Thủ tục nộp ở đâu?',
    answer:
      'Sở Y tế trả lời: cơ sở kinh doanh dịch vụ ăn uống phải bảo đảm điều kiện an toàn thực phẩm, hộ kinh doanh nhỏ lẻ thực hiện ký cam kết theo quy định. Sau khi sắp xếp chính quyền hai cấp, bà nộp hồ sơ tại bộ phận một cửa UBND phường Đống Đa hoặc qua Cổng dịch vụ công. Chủ cơ sở và người chế biến phải có xác nhận kiến thức về an toàn thực phẩm.',
  },
  {
    categoryCode: 'Y-TE',
    kind: 'feedback',
    title: 'Phun thuốc diệt muỗi phòng sốt xuất huyết chưa kịp thời',
    description:
      'Trong tổ dân phố của tôi ở phường Hoàng Mai đã có 5 người mắc sốt xuất huyết trong hai tuần. Đến nay chưa thấy cơ quan y tế phun thuốc diệt muỗi hay tuyên truyền. Đề nghị có biện pháp khẩn cấp phòng chống dịch.',
    answer:
      'Sở Y tế đã chỉ đạo Trung tâm Kiểm soát bệnh tật Hà Nội phối hợp với trạm y tế phường Hoàng Mai xử lý ổ dịch. Đội phun hóa chất đã triển khai phun diệt muỗi toàn khu vực trong vòng 48 giờ. Người dân được đề nghị thường xuyên diệt bọ gậy, loại bỏ dụng cụ chứa nước đọng.',
  },

  // ----- Giáo dục -----
  {
    categoryCode: 'GIAO-DUC.TUYEN-SINH',
    kind: 'question',
    title: 'Hỏi về tuyến tuyển sinh lớp 1 sau khi sáp nhập phường',
    description:
      'Gia đình tôi ở phố Giảng Võ, năm sau con vào lớp 1. Sau khi sáp nhập, phường mới có nhiều trường tiểu học. Xin hỏi tuyến tuyển sinh được phân chia theo nơi cư trú như thế nào?',
    answer:
      'Sở Giáo dục và Đào tạo trả lời: tuyến tuyển sinh lớp 1 do UBND phường xây dựng trên cơ sở nơi cư trú của trẻ và quy mô các trường, bảo đảm trẻ được học gần nhà. Kế hoạch tuyển sinh của phường Giảng Võ sẽ được công bố công khai trước kỳ tuyển sinh. Phụ huynh có thể tra cứu tuyến tuyển sinh trên cổng tuyển sinh trực tuyến của thành phố.',
  },
  {
    categoryCode: 'GIAO-DUC.TUYEN-SINH',
    kind: 'petition',
    title: 'Đề nghị mở thêm trường mầm non công lập',
    description:
      'Khu vực dọc đường Nguyễn Xiển có nhiều tòa chung cư mới nhưng rất thiếu trường mầm non công lập. Nhiều gia đình phải gửi con ở nhóm trẻ tư thục với chi phí cao. Chúng tôi đề nghị thành phố sớm đầu tư xây dựng trường mầm non công lập.',
    answer:
      'Sở Giáo dục và Đào tạo đã phối hợp với các đơn vị liên quan rà soát quỹ đất giáo dục trong khu vực. Một trường mầm non công lập đã được đưa vào kế hoạch đầu tư công và dự kiến khởi công trong năm tới. Trong thời gian chờ, Sở chỉ đạo các trường hiện có tăng thêm nhóm lớp trong khả năng cho phép.',
  },
  {
    categoryCode: 'GIAO-DUC.TUYEN-SINH',
    kind: 'complaint',
    title: 'Khiếu nại kết quả phúc khảo bài thi vào lớp 10',
    description:
      'Con tôi thi vào lớp 10 trường công lập tại phường Cầu Giấy, điểm môn Toán sau phúc khảo vẫn giữ nguyên. Con tôi khẳng định đã làm đúng câu hình học nhưng không được tính điểm. Tôi khiếu nại và đề nghị được xem bài thi.',
    answer:
      'Sở Giáo dục và Đào tạo đã tiếp nhận đơn và tổ chức kiểm tra lại quy trình chấm phúc khảo bài thi môn Toán của học sinh. Kết quả cho thấy việc chấm đúng hướng dẫn chấm và đáp án đã công bố. Sở đã mời phụ huynh đến đối chiếu bài thi và giải thích cụ thể các tiêu chí chấm.',
  },
  {
    categoryCode: 'GIAO-DUC.THU-CHI',
    kind: 'feedback',
    title: 'Trường thu nhiều khoản ngoài quy định đầu năm học',
    description:
      'Đầu năm học, một trường tiểu học ở phường Hoàng Mai thu của phụ huynh các khoản như mua máy chiếu, rèm cửa và quỹ lớp. Tổng số tiền mỗi học sinh hơn 2 triệu đồng. Đề nghị kiểm tra việc thu chi này.',
    answer:
      'UBND phường Hoàng Mai đã chỉ đạo phòng chuyên môn kiểm tra việc thu chi đầu năm học tại trường. Nhà trường đã dừng các khoản vận động không đúng quy định và hoàn trả cho phụ huynh. Hiệu trưởng đã bị nhắc nhở, kiểm điểm trách nhiệm.',
  },
  {
    categoryCode: 'GIAO-DUC.THU-CHI',
    kind: 'denunciation',
    title: 'Tố cáo ban giám hiệu lạm thu tiền của phụ huynh',
    description:
      'Tôi tố cáo ban giám hiệu một trường trung học cơ sở trên đường Láng thu tiền học thêm, tiền bán trú cao bất thường. Các khoản thu không có biên lai và không công khai quyết toán. Tôi đề nghị thanh tra làm rõ.',
    answer:
      'Thanh tra thành phố đã thụ lý đơn tố cáo và phối hợp với Sở Giáo dục và Đào tạo thanh tra việc thu chi tại trường. Đoàn thanh tra đã yêu cầu nhà trường cung cấp toàn bộ chứng từ thu chi năm học. Kết luận thanh tra sẽ được công khai và người tố cáo được thông báo kết quả.',
  },
  {
    categoryCode: 'GIAO-DUC',
    kind: 'feedback',
    title: 'Giáo viên ép học sinh học thêm tại nhà riêng',
    description:
      'Giáo viên chủ nhiệm lớp con tôi tại một trường trung học cơ sở ở phường Thanh Xuân gợi ý phụ huynh cho con đến học thêm tại nhà. Những học sinh không đi học thêm thường bị nhắc nhở trước lớp. Đề nghị kiểm tra và chấn chỉnh.',
    answer:
      'Sở Giáo dục và Đào tạo đã yêu cầu nhà trường xác minh nội dung phản ánh. Theo quy định về dạy thêm, học thêm có hiệu lực từ tháng 2/2025, giáo viên không được dạy thêm có thu tiền đối với học sinh mình đang dạy chính khóa. Giáo viên vi phạm sẽ bị xử lý kỷ luật theo quy định.',
  },
  {
    categoryCode: 'GIAO-DUC',
    kind: 'question',
    title: 'Hỏi về chính sách miễn học phí năm học mới',
    description:
      'Con tôi đang học lớp 8 tại một trường công lập ở phường Văn Miếu - Quốc Tử Giám. Tôi nghe nói từ năm học 2025 - 2026 học sinh được miễn học phí. Xin hỏi chính sách áp dụng với những đối tượng nào?',
    answer:
      'Sở Giáo dục và Đào tạo trả lời: theo nghị quyết của Quốc hội, từ năm học 2025 - 2026 trẻ mầm non, học sinh phổ thông học tại cơ sở giáo dục công lập được miễn học phí. Học sinh trường ngoài công lập được hỗ trợ học phí theo mức do HĐND thành phố quy định. Các khoản thu dịch vụ khác vẫn thực hiện theo thỏa thuận và quy định hiện hành.',
  },

  // ----- An ninh trật tự -----
  {
    categoryCode: 'AN-NINH.TRAT-TU-CONG-CONG',
    kind: 'feedback',
    title: 'Thanh thiếu niên tụ tập đua xe trái phép ban đêm',
    description:
      'Khoảng 1 đến 2 giờ sáng cuối tuần, nhiều nhóm thanh thiếu niên tụ tập đua xe, lạng lách trên đường Võ Chí Công. Tiếng pô xe gây ồn và nguy hiểm cho người tham gia giao thông. Đề nghị công an có biện pháp ngăn chặn.',
    answer:
      'Công an thành phố Hà Nội đã chỉ đạo lực lượng Cảnh sát cơ động và công an các phường liên quan tăng cường tuần tra, kiểm soát trên đường Võ Chí Công. Trong tuần qua, lực lượng chức năng đã tạm giữ nhiều phương tiện và xử lý các đối tượng vi phạm. Công an thành phố đề nghị gia đình quản lý chặt chẽ con em.',
  },
  {
    categoryCode: 'AN-NINH.TRAT-TU-CONG-CONG',
    kind: 'feedback',
    title: 'Quán karaoke hát to gây mất trật tự sau 23 giờ',
    description:
      'Quán karaoke trên phố Hoàng Hoa Thám thường mở nhạc to đến 1 giờ sáng. Khách ra về còn tụ tập, cãi nhau trước cửa nhà dân. Đề nghị kiểm tra và xử lý.',
    answer:
      'Công an thành phố đã chỉ đạo công an phường Ngọc Hà kiểm tra hoạt động của quán karaoke. Cơ sở đã bị xử phạt do hoạt động quá giờ quy định và gây tiếng ồn vượt mức cho phép. Công an phường sẽ tiếp tục kiểm tra đột xuất để ngăn ngừa vi phạm tái diễn.',
  },
  {
    categoryCode: 'AN-NINH.TRAT-TU-CONG-CONG',
    kind: 'denunciation',
    title: 'Tố cáo đường dây cho vay nặng lãi, đòi nợ khủng bố',
    description:
      'Em trai tôi vay 20 triệu đồng qua một ứng dụng trên mạng, sau ba tháng bị đòi hơn 80 triệu đồng. Nhóm đòi nợ liên tục gọi điện đe dọa và ném chất bẩn vào nhà tôi trên đường Nguyễn Trãi. Tôi tố cáo hành vi cho vay nặng lãi và đòi nợ khủng bố.',
    answer:
      'Thanh tra thành phố đã chuyển đơn tố cáo có dấu hiệu tội phạm tới Công an thành phố Hà Nội để giải quyết theo thẩm quyền. Cơ quan Cảnh sát điều tra đã tiếp nhận, xác minh và mời gia đình cung cấp tài liệu liên quan. Gia đình cần lưu giữ tin nhắn, ghi âm và báo ngay cho công an phường khi bị đe dọa.',
  },
  {
    categoryCode: 'AN-NINH.PCCC',
    kind: 'feedback',
    title: 'Nhà trọ nhiều tầng không bảo đảm phòng cháy chữa cháy',
    description:
      'Một nhà trọ 7 tầng trong ngõ phố Kim Ngưu có hơn 40 phòng nhưng chỉ có một lối thoát hiểm. Xe máy để kín tầng một, không thấy bình chữa cháy. Đề nghị kiểm tra an toàn phòng cháy chữa cháy.',
    answer:
      'Công an thành phố đã chỉ đạo Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ phối hợp với công an phường kiểm tra nhà trọ. Chủ nhà đã bị xử phạt và được yêu cầu bổ sung lối thoát nạn thứ hai, bình chữa cháy và hệ thống báo cháy. Nhà trọ chỉ được tiếp tục cho thuê khi khắc phục đầy đủ các tồn tại.',
  },
  {
    categoryCode: 'AN-NINH.PCCC',
    kind: 'petition',
    title: 'Đề nghị kiểm tra an toàn phòng cháy tại chung cư mini',
    description:
      'Khu vực ngõ đường Cầu Giấy có nhiều chung cư mini cho thuê, lối đi nhỏ, xe chữa cháy khó tiếp cận. Người dân lo ngại sau các vụ cháy nghiêm trọng thời gian qua. Chúng tôi đề nghị tổng kiểm tra an toàn phòng cháy các tòa nhà này.',
    answer:
      'Công an thành phố đã chỉ đạo công an phường Cầu Giấy phối hợp với UBND phường lập danh sách và kiểm tra các chung cư mini trong khu vực. Các cơ sở không bảo đảm điều kiện an toàn sẽ bị yêu cầu khắc phục hoặc tạm đình chỉ hoạt động. Công an thành phố khuyến cáo người dân trang bị bình chữa cháy và mặt nạ phòng độc tại nhà.',
  },
  {
    categoryCode: 'AN-NINH',
    kind: 'question',
    title: 'Hỏi thủ tục đăng ký thường trú sau khi mua nhà',
    description:
      'Tôi vừa mua một căn hộ chung cư tại phường Hà Đông và đã được cấp giấy chứng nhận. Gia đình tôi muốn chuyển thường trú từ tỉnh khác về. Xin hỏi thủ tục đăng ký thường trú như thế nào?',
    answer:
      'Công an thành phố trả lời: công dân có chỗ ở hợp pháp thuộc quyền sở hữu được đăng ký thường trú tại chỗ ở đó. Ông có thể nộp hồ sơ trực tuyến qua Cổng dịch vụ công hoặc ứng dụng VNeID, kèm giấy tờ chứng minh chỗ ở hợp pháp. Thời hạn giải quyết là 7 ngày làm việc kể từ ngày nhận đủ hồ sơ.',
  },
  {
    categoryCode: 'AN-NINH',
    kind: 'feedback',
    title: 'Nghi có tụ điểm sử dụng ma túy trong ngõ',
    description:
      'Trong ngõ nhỏ gần chân cầu Long Biên, buổi tối thường có nhóm người lạ tụ tập. Người dân phát hiện nhiều bơm kim tiêm vứt bừa bãi. Đề nghị công an kiểm tra, xử lý.',
    answer:
      'Công an thành phố đã chỉ đạo lực lượng phòng chống ma túy phối hợp với công an phường Hồng Hà kiểm tra khu vực được phản ánh. Lực lượng chức năng đã lập biên bản đối với một số người sử dụng trái phép chất ma túy và đưa đi xét nghiệm. Khu vực sẽ được tăng cường tuần tra và lắp bổ sung camera an ninh.',
  },
  {
    categoryCode: 'AN-NINH',
    kind: 'complaint',
    title: 'Khiếu nại quyết định xử phạt về đăng ký cư trú',
    description:
      'Tôi cho sinh viên thuê phòng tại phường Bạch Mai và bị xử phạt vì không khai báo tạm trú cho người thuê. Tuy nhiên, tôi đã khai báo qua ứng dụng VNeID từ trước ngày kiểm tra. Tôi khiếu nại quyết định xử phạt này.',
    answer:
      'Công an thành phố đã chỉ đạo Trưởng công an phường Bạch Mai giải quyết khiếu nại lần đầu theo thẩm quyền. Qua kiểm tra dữ liệu trên hệ thống, việc khai báo tạm trú của bà được thực hiện trước thời điểm kiểm tra. Quyết định xử phạt đã được hủy bỏ và số tiền phạt sẽ được hoàn trả.',
  },

  // ----- Điện - nước -----
  {
    categoryCode: 'DIEN-NUOC.DIEN',
    kind: 'feedback',
    title: 'Mất điện kéo dài không thông báo trước ở khu dân cư',
    description:
      'Chiều 15/6, khu dân cư quanh phố Minh Khai mất điện từ 13 giờ đến 21 giờ mà không có thông báo trước. Thời tiết nắng nóng trên 38 độ, nhiều người già và trẻ nhỏ bị mệt. Đề nghị ngành điện giải thích và có biện pháp khắc phục.',
    answer:
      'Tổng công ty Điện lực TP Hà Nội đã kiểm tra và xác định nguyên nhân là sự cố cáp ngầm trung thế do quá tải trong đợt nắng nóng. Đơn vị đã thay thế đoạn cáp hỏng và bổ sung trạm biến áp để chống quá tải cho khu vực. Tổng công ty xin lỗi khách hàng vì sự bất tiện đã gây ra.',
  },
  {
    categoryCode: 'DIEN-NUOC.DIEN',
    kind: 'feedback',
    title: 'Dây điện, cáp viễn thông võng thấp trên phố Huế',
    description:
      'Nhiều đoạn trên phố Huế có dây điện và cáp viễn thông chằng chịt, võng thấp sát đầu người đi đường. Có vị trí dây bị đứt treo lủng lẳng trước cửa hàng. Đề nghị các đơn vị sớm chỉnh trang và hạ ngầm.',
    answer:
      'Tổng công ty Điện lực TP Hà Nội đã kiểm tra và xử lý ngay các vị trí dây điện võng thấp, đứt treo trên phố Huế. Đối với cáp viễn thông, Sở Khoa học và Công nghệ đã yêu cầu các doanh nghiệp viễn thông thu hồi cáp không sử dụng. Tuyến phố Huế nằm trong kế hoạch hạ ngầm đường dây của thành phố.',
  },
  {
    categoryCode: 'DIEN-NUOC.DIEN',
    kind: 'complaint',
    title: 'Khiếu nại hóa đơn tiền điện tháng tăng đột biến',
    description:
      'Hóa đơn tiền điện tháng 7 của gia đình tôi ở phường Thanh Xuân là 3,2 triệu đồng, gấp ba lần tháng trước. Gia đình không sử dụng thêm thiết bị nào. Tôi đề nghị kiểm tra công tơ và tính lại tiền điện.',
    answer:
      'Tổng công ty Điện lực TP Hà Nội đã cử nhân viên kiểm tra công tơ tại nhà ông với sự chứng kiến của gia đình. Kết quả kiểm định cho thấy công tơ hoạt động bình thường, sản lượng tăng do nhiệt độ cao kéo dài và chu kỳ ghi chỉ số dài hơn tháng trước. Nhân viên đã hướng dẫn gia đình theo dõi sản lượng hằng ngày qua ứng dụng chăm sóc khách hàng.',
  },
  {
    categoryCode: 'DIEN-NUOC.DIEN',
    kind: 'question',
    title: 'Hỏi về cách tính giá điện bậc thang cho người thuê trọ',
    description:
      'Tôi là sinh viên thuê trọ trên đường Xuân Thủy, chủ nhà thu tiền điện 4.000 đồng mỗi số. Xin hỏi người thuê trọ có được áp dụng giá điện sinh hoạt bậc thang không? Thủ tục đăng ký như thế nào?',
    answer:
      'Tổng công ty Điện lực TP Hà Nội trả lời: người thuê nhà để ở được áp dụng giá bán lẻ điện sinh hoạt theo định mức số người thuê. Chủ nhà hoặc người thuê liên hệ điện lực khu vực, xuất trình hợp đồng thuê nhà và giấy tờ cư trú để đăng ký định mức. Chủ nhà không được thu tiền điện cao hơn giá quy định.',
  },
  {
    categoryCode: 'DIEN-NUOC.NUOC',
    kind: 'feedback',
    title: 'Nước sinh hoạt có mùi lạ và màu vàng đục',
    description:
      'Mấy ngày nay, nước máy tại nhà tôi trên phố Lạc Trung có màu vàng đục và mùi tanh. Nhiều hộ trong ngõ cũng gặp tình trạng tương tự. Đề nghị kiểm tra chất lượng nước và thông báo cho người dân.',
    answer:
      'Công ty Nước sạch Hà Nội đã lấy mẫu nước tại khu vực để phân tích và tiến hành súc xả đường ống. Nguyên nhân là cặn bẩn trong đường ống cũ bị xáo trộn khi sửa chữa đường ống phân phối. Kết quả xét nghiệm sau súc xả đạt quy chuẩn nước sạch dùng cho sinh hoạt.',
  },
  {
    categoryCode: 'DIEN-NUOC.NUOC',
    kind: 'feedback',
    title: 'Mất nước sinh hoạt nhiều ngày tại khu tập thể',
    description:
      'Khu tập thể Kim Liên đã mất nước ba ngày, các hộ ở tầng cao hoàn toàn không có nước. Người dân phải xách nước từ vòi công cộng lên tầng 5. Đề nghị khẩn trương khắc phục.',
    answer:
      'Công ty Nước sạch Hà Nội đã bố trí xe téc cấp nước miễn phí cho người dân trong thời gian xử lý sự cố. Nguyên nhân là tuyến ống cấp nước cũ bị vỡ dưới lòng đất. Đơn vị đã thay thế đoạn ống hỏng và áp lực nước đã trở lại bình thường.',
  },
  {
    categoryCode: 'DIEN-NUOC.NUOC',
    kind: 'petition',
    title: 'Đề nghị đấu nối nước sạch cho các thôn xã Sóc Sơn',
    description:
      'Nhiều thôn ở xã Sóc Sơn vẫn dùng nước giếng khoan, có nơi nước nhiễm đá vôi và sắt. Đường ống nước sạch đã chạy qua trục đường chính nhưng chưa được đấu nối vào khu dân cư. Chúng tôi đề nghị sớm mở rộng mạng lưới cấp nước.',
    answer:
      'Sở Xây dựng đã phối hợp với đơn vị cấp nước rà soát kế hoạch phát triển mạng lưới tại xã Sóc Sơn. Các thôn nêu trong kiến nghị đã được đưa vào danh mục đầu tư mạng lưới cấp nước giai đoạn tới. Đơn vị cấp nước sẽ thông báo lịch đăng ký đấu nối cho người dân khi hoàn thành tuyến ống.',
  },
  {
    categoryCode: 'DIEN-NUOC',
    kind: 'question',
    title: 'Hỏi về giá nước sạch sinh hoạt hiện hành',
    description:
      'Tôi thấy hóa đơn nước tháng này của gia đình ở phường Giảng Võ tăng so với trước. Xin hỏi giá nước sạch sinh hoạt có thay đổi không? Giá được tính theo bậc như thế nào?',
    answer:
      'Sở Tài chính trả lời: giá nước sạch sinh hoạt trên địa bàn thành phố được tính lũy tiến theo mức tiêu thụ của mỗi hộ, áp dụng theo quyết định của UBND thành phố. Bảng giá được niêm yết công khai tại các đơn vị cấp nước và trên hóa đơn. Bà có thể đối chiếu chỉ số đồng hồ với hóa đơn hoặc liên hệ tổng đài của đơn vị cấp nước để được giải thích.',
  },

  // ----- Hành chính công (no routing rule: triage) -----
  {
    categoryCode: 'HANH-CHINH.THU-TUC',
    kind: 'feedback',
    title: 'Giải quyết hồ sơ tại bộ phận một cửa bị chậm',
    description:
      'Tôi nộp hồ sơ chứng thực và đăng ký khai sinh cho con tại bộ phận một cửa phường Cửa Nam. Đã quá ngày hẹn một tuần nhưng chưa có kết quả. Cán bộ giải thích do hệ thống phần mềm mới chưa ổn định.',
    answer:
      'UBND phường Cửa Nam đã kiểm tra và trả kết quả hồ sơ cho bà ngay sau khi tiếp nhận phản ánh. Nguyên nhân chậm là do giai đoạn chuyển đổi hệ thống thông tin giải quyết thủ tục hành chính sau sắp xếp. Phường đã gửi thư xin lỗi và tăng cường cán bộ hỗ trợ tại bộ phận một cửa.',
  },
  {
    categoryCode: 'HANH-CHINH.THU-TUC',
    kind: 'question',
    title: 'Hỏi nơi làm thủ tục hành chính sau sắp xếp phường',
    description:
      'Trước đây tôi làm thủ tục tại UBND phường Phương Mai cũ. Sau khi sắp xếp, tôi không biết trụ sở mới ở đâu. Xin hỏi tôi có thể nộp hồ sơ tại bất kỳ điểm nào trong thành phố không?',
    answer:
      'Thành phố đã triển khai tiếp nhận hồ sơ không phụ thuộc địa giới hành chính đối với nhiều thủ tục. Ông có thể nộp hồ sơ tại bất kỳ điểm tiếp nhận nào của Trung tâm Phục vụ hành chính công hoặc qua Cổng dịch vụ công quốc gia. Địa chỉ các điểm tiếp nhận được công bố trên cổng thông tin điện tử của thành phố.',
  },
  {
    categoryCode: 'HANH-CHINH.THU-TUC',
    kind: 'petition',
    title: 'Đề nghị bố trí chỗ để xe tại trụ sở phường mới',
    description:
      'Trụ sở UBND phường Ô Chợ Dừa sau sáp nhập phục vụ đông người dân nhưng không có chỗ để xe. Người dân phải để xe dưới lòng đường phố Hào Nam và bị nhắc nhở. Tôi đề nghị bố trí điểm trông giữ xe cho người đến làm thủ tục.',
    answer:
      'UBND phường Ô Chợ Dừa đã bố trí khu vực để xe miễn phí trong khuôn viên nhà văn hóa cạnh trụ sở. Phường cũng cử lực lượng hướng dẫn người dân để xe đúng nơi quy định. Phường cảm ơn ý kiến đóng góp của công dân.',
  },
  {
    categoryCode: 'HANH-CHINH.CAN-BO',
    kind: 'complaint',
    title: 'Khiếu nại cán bộ một cửa từ chối tiếp nhận hồ sơ',
    description:
      'Tôi nộp hồ sơ đăng ký kinh doanh hộ cá thể tại phường Tây Hồ nhưng cán bộ từ chối tiếp nhận mà không ghi phiếu hướng dẫn. Tôi đã đi lại bốn lần vẫn chưa được tiếp nhận. Tôi khiếu nại hành vi này.',
    answer:
      'UBND phường Tây Hồ đã xác minh và xác định việc cán bộ từ chối tiếp nhận không lập phiếu hướng dẫn là chưa đúng quy định. Hồ sơ của ông đã được tiếp nhận và giải quyết đúng hạn. Cán bộ liên quan đã bị kiểm điểm, rút kinh nghiệm.',
  },
  {
    categoryCode: 'HANH-CHINH.CAN-BO',
    kind: 'feedback',
    title: 'Cán bộ tiếp dân có thái độ thiếu tôn trọng công dân',
    description:
      'Khi đến hỏi thủ tục tại UBND phường Vĩnh Tuy, tôi bị cán bộ trả lời cộc lốc và yêu cầu tự tra cứu trên mạng. Tôi là người cao tuổi, không sử dụng được điện thoại thông minh. Đề nghị chấn chỉnh thái độ phục vụ.',
    answer:
      'UBND phường Vĩnh Tuy đã tiếp nhận phản ánh và tổ chức kiểm điểm cán bộ liên quan. Phường đã bố trí nhân viên hướng dẫn tại chỗ, hỗ trợ người cao tuổi thực hiện thủ tục. Phường xin lỗi ông và mong tiếp tục nhận được sự giám sát của người dân.',
  },
  {
    categoryCode: 'HANH-CHINH.CAN-BO',
    kind: 'denunciation',
    title: 'Tố cáo cán bộ một cửa đòi chi tiền ngoài quy định',
    description:
      'Tôi tố cáo một cán bộ tại bộ phận một cửa phường Láng gợi ý tôi chi thêm tiền để hồ sơ được giải quyết nhanh. Khi tôi từ chối, hồ sơ bị yêu cầu bổ sung nhiều lần không rõ lý do. Tôi có ghi âm cuộc trao đổi.',
    answer:
      'Thanh tra thành phố đã thụ lý đơn tố cáo và phối hợp với Sở Nội vụ xác minh nội dung tố cáo. Trong thời gian xác minh, cán bộ bị tố cáo đã được tạm điều chuyển khỏi vị trí tiếp nhận hồ sơ. Kết quả giải quyết sẽ được thông báo tới người tố cáo, thông tin cá nhân được giữ bí mật.',
  },
  {
    categoryCode: 'HANH-CHINH',
    kind: 'question',
    title: 'Hỏi cách nộp hồ sơ trực tuyến trên Cổng dịch vụ công',
    description:
      'Tôi muốn làm thủ tục cấp phiếu lý lịch tư pháp trực tuyến nhưng không biết cách đăng nhập. Tôi đang sống tại phường Hồng Hà. Xin được hướng dẫn các bước thực hiện.',
    answer:
      'Sở Tư pháp trả lời: công dân đăng nhập Cổng dịch vụ công quốc gia hoặc ứng dụng VNeID bằng tài khoản định danh điện tử mức độ 2 để nộp hồ sơ cấp phiếu lý lịch tư pháp. Sau khi điền tờ khai và nộp phí trực tuyến, kết quả có thể nhận bản điện tử hoặc qua dịch vụ bưu chính. Bà có thể đến bộ phận một cửa phường Hồng Hà để được hỗ trợ trực tiếp.',
  },
];

// ---------------------------------------------------------------------------
// Names and streets for fake citizens
// ---------------------------------------------------------------------------

export const FAMILY_NAMES: string[] = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đào',
  'Trịnh',
  'Mai',
  'Tạ',
  'Lương',
  'Chu',
  'Nghiêm',
  'Khuất',
  'Kiều',
  'Phùng',
  'Tô',
  'Hà',
  'Lưu',
];

export const MIDDLE_NAMES: string[] = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Ngọc',
  'Quang',
  'Thu',
  'Xuân',
  'Hoài',
  'Bảo',
  'Gia',
  'Kim',
  'Mạnh',
  'Tuấn',
  'Khánh',
  'Thùy',
  'Diệu',
  'Tiến',
  'Phương',
  'Hồng',
  'Trung',
  'Việt',
];

export const GIVEN_NAMES: string[] = [
  'Anh',
  'Bình',
  'Chi',
  'Cường',
  'Dũng',
  'Dung',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Huyền',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Nga',
  'Ngọc',
  'Nhung',
  'Phong',
  'Phương',
  'Quân',
  'Quỳnh',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thành',
  'Trang',
  'Trung',
  'Tuấn',
  'Vân',
  'Việt',
  'Yến',
  'Hằng',
  'Đạt',
  'Duy',
  'Hòa',
  'Lộc',
  'Thủy',
  'Tùng',
  'Vy',
];

export const STREETS: string[] = [
  'phố Hàng Bài',
  'phố Hàng Bông',
  'phố Hàng Gai',
  'phố Tràng Tiền',
  'phố Đinh Tiên Hoàng',
  'phố Lý Thường Kiệt',
  'phố Bà Triệu',
  'phố Huế',
  'phố Phan Chu Trinh',
  'phố Đội Cấn',
  'phố Hoàng Hoa Thám',
  'đường Kim Mã',
  'phố Giảng Võ',
  'phố Láng Hạ',
  'đường Láng',
  'đường Nguyễn Chí Thanh',
  'phố Chùa Bộc',
  'phố Thái Hà',
  'phố Tây Sơn',
  'phố Xã Đàn',
  'phố Khâm Thiên',
  'phố Nguyễn Khuyến',
  'phố Văn Miếu',
  'đường Đê La Thành',
  'phố Minh Khai',
  'phố Bạch Mai',
  'phố Kim Ngưu',
  'đường Giải Phóng',
  'đường Trường Chinh',
  'đường Tam Trinh',
  'đường Lĩnh Nam',
  'đường Nguyễn Trãi',
  'đường Nguyễn Xiển',
  'phố Trần Duy Hưng',
  'đường Cầu Giấy',
  'đường Xuân Thủy',
  'đường Hoàng Quốc Việt',
  'đường Phạm Văn Đồng',
  'đường Lạc Long Quân',
  'đường Âu Cơ',
  'đường Thụy Khuê',
  'đường Võ Chí Công',
  'đường Nguyễn Văn Cừ',
  'đường Ngọc Lâm',
  'phố Quang Trung, Hà Đông',
  'đường Trần Phú, Hà Đông',
];

export { APPROXIMATE_BOUNDARIES } from './city-boundaries';
