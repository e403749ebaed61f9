/**
 * The words of the "moved to private" markers and notices that threads and messages show (part of the
 * catalogue's `move` section), apart from the dialog's words so that a thread carries only these.
 */

/** The markers' words: links between a public conversation and its private continuation. */
export interface MovedTerms {
  openPrivate: string;
  openPublic: string;
  continuesPrivately: (channel: string | undefined) => string;
}

export const movedEn: MovedTerms = {
  openPrivate: 'Open the private conversation',
  openPublic: 'Open the public conversation',
  continuesPrivately: (channel) => `This conversation continues privately${channel ? ` on ${channel}` : ''}.`,
};
