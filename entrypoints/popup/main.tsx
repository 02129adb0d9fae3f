import { render } from 'preact';

render(
  <main>
    <h1>Policy Lens</h1>
  </main>,
  document.getElementById('app')!,
);
