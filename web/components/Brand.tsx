export const PRODUCT_NAME = '职业技能等级认定管理平台';

/** The product's mark, drawn inline (the server's CSP allows no images from elsewhere). */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" style={{ display: 'block', flex: 'none' }}>
      <rect width="32" height="32" rx="7" fill="#1d5fd6" />
      <path d="M16 6l9 4v6c0 5-3.8 8.7-9 10-5.2-1.3-9-5-9-10v-6z" fill="#fff" />
      <path
        d="M12 16l3 3 5-6"
        stroke="#1d5fd6"
        strokeWidth="2.4"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
