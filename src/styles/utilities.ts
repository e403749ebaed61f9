import { css } from 'lit';

/** `.sr-only`: text for screen readers that takes no room on screen. */
export const srOnly = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * `.mirror`: an icon whose direction means something (reply, back, trend over time) is mirrored when
 * the element is right to left. Icons that stand for a thing (a phone, an envelope) are never mirrored.
 */
export const mirror = css`
  .mirror {
    display: inline-block;
  }
  :host(:dir(rtl)) .mirror {
    transform: scaleX(-1);
  }
`;
