import { render } from 'preact';
import './style.css';

export default defineContentScript({
  matches: ['*://expert.plus/*', '*://*.expert.plus/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'policy-lens-panel',
      position: 'inline',
      anchor: 'body',
      onMount(container) {
        render(<p class="placeholder">Policy Lens</p>, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
