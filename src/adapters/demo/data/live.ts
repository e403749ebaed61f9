import type { LiveLine } from '../dataset.js';
import type { ChannelId } from './thread.js';

/** [conversation number, channel id, text, language] */
type Line = [n: number, channelId: ChannelId, text: string, lang?: string];

/* Follow-ups customers may write while the demo's live stream runs: each fits the conversation's
 * story so far, on a channel the conversation already uses. */
const LINES: Line[] = [
  [1, 'chat', "It's back up now. Third blip this morning though — should I be worried?"],
  [1, 'chat', 'Amber light again 😩 I have a client call in 20 minutes'],
  [1, 'x-public', "Aaand it's down again. You couldn't make it up @NorthwindHelp"],
  [1, 'chat', 'Ignore me, my son had unplugged the hub to charge his Switch 🤦‍♀️ All good!'],
  [2, 'x-dm', "Also — is the Device Care you added the one that covers the screen? Don't want to find out the hard way."],
  [2, 'x-public', 'Review is live. Spoiler: the phone is great, the delivery was not. Link in bio.'],
  [2, 'x-dm', 'Any answer on the trade-in bonus? Trying to wrap this up today.'],
  [3, 'x-public', "Still down. Two hours now. Not even a 'we're looking into it'. @NorthwindHelp"],
  [3, 'x-public', 'Oh look it came back. No explanation, naturally. 🙃'],
  [3, 'x-public', 'Honestly thinking of switching providers at this point.'],
  [4, 'x-dm', "New card came early! Can you send that payment link?"],
  [4, 'x-dm', 'Sorry, one more question — will the missed payment affect my credit score?'],
  [5, 'fb-messenger', 'وصل الهاتف البديل اليوم، شكراً جزيلاً على المساعدة 🙏', 'ar'],
  [5, 'fb-messenger', 'هل يجب أن أعيد أي شيء إذا وُجد الطرد الأول؟', 'ar'],
  [6, 'fb-comment', 'Mum says thank you again, the new direct debit went through fine 😊'],
  [8, 'ig-dm', 'Ya veo el reembolso en mi cuenta, pero el crédito de 10 £ no aparece en la factura.', 'es'],
  [8, 'ig-dm', 'Vale, ya aparece todo bien. ¡Muchas gracias!', 'es'],
  [9, 'ig-dm', "Le technicien vient d'arriver. Enfin ! 🎉", 'fr'],
  [9, 'email', "Bonjour, l'installation est terminée et tout fonctionne. Merci pour votre aide.", 'fr'],
  [10, 'forum', 'Booster here too — mine dropped twice last night even on 4.1.9.'],
  [10, 'forum', 'Any update on 4.2.2? It is now "next week" for the second week in a row 😅'],
  [10, 'forum', 'Got the 4.2.2 update this morning. Will report back tonight.'],
  [10, 'forum', '4.2.2 has been rock solid for two nights. Thanks everyone, especially Marek and Tomasz 👍'],
  [11, 'x-public', '3 hours and counting. Day off work completely wasted. @NorthwindHelp'],
  [11, 'x-public', 'Finally got a DM. Fingers crossed 🤞'],
  [12, 'chat', 'Ok got it. Does the 5G Home router need a phone line?'],
  [12, 'chat', "Sounds good, let's do it. What do you need from me?"],
  [12, 'chat', 'Actually my email works now if you want to resend it'],
  [13, 'chat', "Fibre's back!! Just saw the green light. Still expecting that call, Sam."],
  [13, 'chat', 'Do I need to send the failover router back or can we keep it as a backup?'],
  [13, 'chat', "Two hours on and still on 4G. This is costing us real money."],
  [14, 'email', 'Hallo Tomasz,\n\nja, bitte reservieren Sie den 29. Danke!\n\nJonas', 'de'],
  [14, 'email', 'Kurze Frage noch: Muss ich den alten Router zurückschicken?', 'de'],
  [18, 'fb-messenger', "Number's moved over, just got the text. You're a star Aisha ⭐"],
  [23, 'email', 'Hello? It has been four hours. Is anyone reading these?'],
  [23, 'email', 'Thank you for the call. The new slot works for me.'],
  [26, 'ig-comment', 'Any word on the 512GB? 👀'],
  [27, 'ig-dm', 'Replacement arrived, perfect this time. Courier took the old one 👍'],
  [29, 'forum', 'Ran the line check at 9pm as suggested: 36 Mbps, line "healthy" again. Sigh.'],
  [29, 'forum', 'Ok, send me the Full Fibre options by PM. If it fixes evenings I might go for it.'],
  [32, 'x-dm', 'Still nothing. I give up, please just cancel the add-on request.'],
  [32, 'x-dm', 'Someone called! All sorted, World Calling 500 added. Thank you.'],
  [32, 'x-dm', "Hello?? Anyone?"],
];

export function liveLines(): LiveLine[] {
  return LINES.map(([n, channelId, text, lang]) => ({ conversationId: `conv-${String(n).padStart(3, '0')}`, channelId, text, ...(lang ? { lang } : {}) }));
}
