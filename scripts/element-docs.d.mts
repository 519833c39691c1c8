// Types of scripts/element-docs.mjs, for the test that imports it.
export interface ManifestLike {
  modules: Array<{ path: string; declarations?: Array<Record<string, unknown>> }>;
}
/** A manifest declaration with a tag: attributes, members, events, slots, cssParts, cssProperties. */
export type ElementDeclaration = Record<string, unknown> & {
  tagName: string;
  attributes?: Array<Record<string, unknown>>;
  events?: Array<Record<string, unknown>>;
};
export function renderReference(element: Record<string, unknown>): string;
export function elementsOf(manifest: ManifestLike): Map<string, ElementDeclaration>;
export function updatePages(manifest: ManifestLike, options?: { check?: boolean; pages?: string }): string[];
