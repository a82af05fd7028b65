import { render } from 'preact';
import { App } from './App';
import './styles.css';

render(<App />, document.getElementById('app')!);

// After the first screen, moving between screens puts focus on the new heading.
window.addEventListener('popstate', () => (document.body.dataset.navigated = '1'));
document.addEventListener('click', () => (document.body.dataset.navigated = '1'), { capture: true });

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without a service worker the app still works online; offline use simply is not offered.
    });
  });
}
