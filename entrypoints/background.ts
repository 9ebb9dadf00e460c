import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // wiring is added by the foundation/popup work
});
