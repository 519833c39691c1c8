/** Registers every Paymend tag (harmless if already registered) and re-exports the API. */
import './components/banner/banner.js';
import './components/wall/wall.js';
import { RETURN_MARKER } from './components/form/return-marker.js';

// `<paymend-form>` is registered by its own lazy chunk (the banner and the wall import it on demand),
// except when a redirect-based payment method brings the customer back: then it finishes the update.
if (typeof location !== 'undefined' && new URLSearchParams(location.search).has(RETURN_MARKER)) {
  void import('./components/form/form.js').then((form) => form.resumeRedirect());
}

export * from './index.js';
