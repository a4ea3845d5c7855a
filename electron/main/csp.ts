// The renderer's Content-Security-Policy: our own scripts and styles only, no inline code, no eval, and
// no network at all (connect-src 'none'): every outside call goes through main. The same policy is in
// renderer/index.html as a meta tag (a test keeps the two identical) and sent as a header by app://.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
