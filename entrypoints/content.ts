import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['*://arabic.china.org.cn/*'],
  runAt: 'document_idle',
  main() {
    // gate → (load analyser) → highlight: added by the inline-annotation work
  },
});
