// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent } from '@lit/react';
import '../define/cx-desk.js';
import { CxDesk as CxDeskElement } from '../components/desk/desk.js';

/** React wrapper of `<cx-desk>` (importing it registers the element): Gives every `cx-*` element inside it the desktop's adapter and language. */
export const CxDesk = /* @__PURE__ */ createComponent({
  tagName: 'cx-desk',
  elementClass: CxDeskElement,
  react: React,
  displayName: 'CxDesk',
  events: {},
});
