/**
 * Page-side helpers the e2e init scripts share, as source text (the scripts are strings, not
 * functions: tsx would wrap inner function names in a helper the page lacks). `up` walks the flat
 * tree (slots, shadow hosts); `describe` names an element by its path through shadow roots, e.g.
 * `paymend-banner › div[part=base]`, with its id, part, name and role.
 */
export const PAGE_DOM = `const up = (n) => n.assignedSlot || (n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode);
  const label = (n) => n.localName + (n.id ? '#' + n.id : '') + (n.getAttribute('part') ? '[part=' + n.getAttribute('part') + ']' : '') + (n.getAttribute('name') ? '[name=' + n.getAttribute('name') + ']' : '') + (n.getAttribute('role') ? '[role=' + n.getAttribute('role') + ']' : '');
  const describe = (el) => {
    const names = [];
    for (let n = el; n; ) {
      names.unshift(label(n));
      const root = n.getRootNode();
      n = root instanceof ShadowRoot ? root.host : null;
    }
    return names.join(' › ');
  };`;
