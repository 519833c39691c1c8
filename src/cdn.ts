/** Entry of the CDN build: one `<script type="module">` registers the tags, with Lit bundled. */
export * from './define.js';
