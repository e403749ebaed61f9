// Generated from custom-elements.json by `node scripts/react-wrappers.js`; do not edit by hand.
import React from 'react';
import { createComponent } from '@lit/react';
import '../define/cx-sla-clock.js';
import { CxSlaClock as CxSlaClockElement } from '../components/sla-clock/sla-clock.js';

/** React wrapper of `<cx-sla-clock>` (importing it registers the element): A conversation's service-level clocks — first response, next response, resolution — with the time left or over, in words. */
export const CxSlaClock = /* @__PURE__ */ createComponent({
  tagName: 'cx-sla-clock',
  elementClass: CxSlaClockElement,
  react: React,
  displayName: 'CxSlaClock',
  events: {},
});
