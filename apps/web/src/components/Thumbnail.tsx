import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * An image attachment's thumbnail (the server's 360 px WebP without metadata, shown at up to 180 CSS px so it is sharp
 * on 2× screens), named for screen readers by its file; with `href`, a link to the file itself.
 */
export function Thumbnail({ src, fileName, href }: { src: string; fileName: string; href?: string }) {
  const { t } = useTranslation();
  const image = (
    <img
      src={src}
      alt={t('photo.alt', { name: fileName })}
      loading="lazy"
      style={{ display: 'block', maxWidth: 180, maxHeight: 180, width: 'auto', height: 'auto', borderRadius: 4 }}
    />
  );
  return href ? (
    <Anchor href={href} display="inline-block">
      {image}
    </Anchor>
  ) : (
    image
  );
}
