/** Registers every Paymend tag (harmless if already registered) and re-exports the API. */
import './components/banner/banner.js';

export * from './index.js';
