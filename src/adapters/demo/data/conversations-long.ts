import { aisha, priya, sam, stranger } from './people.js';
import { assignedTo, caseCreated, img, marker, movedToPrivate, thread, type Built } from './thread.js';
import { HOUR, type Clock } from './time.js';

/* The three long threads: a week-long outage across five channels, a creator's delayed launch-day
 * phone, and a busy community thread about a firmware bug. */

/** Dana: public complaint → DM → email → phone → chat, over four days. */
function outageSaga(t: Clock): Built {
  return thread(t, {
    n: 1,
    customer: 'dana',
    subject: 'Broadband down in LS6 — line fault, engineer visit, slow speeds after fix',
    channels: ['x-public', 'x-dm', 'email', 'voice', 'chat', 'note'],
    status: 'open',
    priority: 'high',
    reasons: [
      ['value', 'Gold customer for 9 years, £4,123 lifetime value'],
      ['sentiment', 'Frustrated across four days; new drop reported just now'],
      ['sla', 'Chat next-response due within 30 minutes'],
    ],
    assignee: 'sam',
    sla: { first: 60, next: 30, resolution: 5 * 24 * HOUR },
    end: 9,
    lastRead: 44,
    tags: ['outage', 'line-fault', 'case-00048217'],
    steps: [
      [0, 'c', 'x-public', "@NorthwindHelp is there an outage in LS6? Broadband's been down since 6pm and your status page says everything's fine 🙄"],
      [4, 'c', 'x-public', "Router's flashing red. Yes, I've turned it off and on again.", { re: 1 }],
      [38, 'sam', 'x-public', "Hi Dana, sorry you've lost your connection. Nothing's reported for LS6 yet, so we'd like to run a line test. Could you DM us your account postcode? ^SR"],
      movedToPrivate(1, 'x-public', 'x-dm', sam),
      [6, 'c', 'x-dm', "Postcode LS6 2QT, account's in my name."],
      [3, 'sam', 'x-dm', "Thanks Dana, that's you verified. I can see your Hub 4 losing sync every few minutes since 17:52. I'm running a line test now — it takes about 10 minutes."],
      [12, 'sam', 'x-dm', "The test shows a fault between the street cabinet and your home, so it isn't your router. The earliest engineer slot is the day after tomorrow, 8am–1pm. I'm sorry it isn't sooner."],
      [5, 'c', 'x-dm', 'The day after tomorrow?! I work from home. That’s three days with no internet.'],
      [3, 'sam', 'x-dm', "I completely understand. I've ordered you a 4G backup dongle at no cost — it should arrive tomorrow before 1pm — and you'll get a credit for every day you're without service."],
      [4, 'c', 'x-dm', 'OK. Thanks Sam, that helps a bit.'],
      [2, 'sam', 'note', 'Line test LT-88213: fault ~340 m from the property (D-side). Field ticket FR-20931 raised for the first AM slot. 4G dongle dispatched, DPD 1530 2291 0042.'],
      caseCreated(1, 'x-dm', '00048217', 'Broadband outage — line fault LS6'),
      [840, 'c', 'x-dm', "Morning. No sign of the dongle and tracking just says 'awaiting collection'."],
      assignedTo(55, 'x-dm', priya, { from: 'Sam Rivera', reason: 'Shift handover' }),
      [2, 'priya', 'x-dm', "Good morning Dana, Priya here, picking up from Sam. I've chased the courier: it was scanned late last night and it's out for delivery now, ETA 11:20–12:20."],
      [150, 'c', 'x-dm', 'Got it and it works! Slow but it works 🙏', { attachments: [img('dongle-desk', '4G dongle plugged into a laptop on a kitchen table')] }],
      [2, 'priya', 'x-dm', "Brilliant, glad you're back online. The dongle has 100GB, which should be plenty until the engineer's been. Shout if it runs low."],
      [420, 'c', 'x-public', 'Update for anyone else in LS6: day 2, still no broadband. To be fair @NorthwindHelp did send a dongle.', { re: 3 }],
      [20, 'aisha', 'x-public', 'Thanks for the update, Dana. The engineer is still booked for tomorrow morning and we’ll keep you posted by DM. ^AB'],
      [30, 'sam', 'email', 'Subject: Case 00048217 — engineer visit confirmed\n\nHi Dana,\n\nYour engineer visit is confirmed for tomorrow between 8am and 1pm. The engineer will text about 30 minutes before arriving and will need access to the master socket and the fibre box in your hallway.\n\nYour case reference is 00048217 — just reply to this email if anything changes.\n\nKind regards,\nSam Rivera\nNorthwind Mobile & Broadband'],
      [90, 'c', 'email', 'Hi Sam,\n\nThanks. I have the school run at 8:40 — could the engineer come after 9:15? If not, my neighbour at no. 14 can let them in.\n\nDana'],
      [35, 'sam', 'email', "Hi Dana,\n\nI've added a note asking for arrival after 9:15, with your neighbour at no. 14 as a backup. I can't guarantee the time, but the engineer will see the note before setting off.\n\nSam", { edited: 3 }],
      [1, 'sam', 'note', "Engineer job FR-20931 updated: 'Customer out 08:40–09:15; neighbour at no. 14 can give access.'"],
      [655, 'c', 'x-dm', "Engineer's here 👍"],
      [120, 'c', 'x-dm', "He's gone. He says the fault at the pole is fixed, but my hub still won't connect. Red light again."],
      [25, 'sam', 'x-dm', "That's really frustrating, sorry Dana. It'll be quicker to sort over the phone — can I call you on the number on your account?"],
      [3, 'c', 'x-dm', 'Yes please, now is fine.'],
      [14, 'sam', 'voice', 'Outbound call to Dana, 14 min. Engineer closed FR-20931 as fixed at the DP. Hub 4 failing PPP authentication after re-provisioning. Reset the PPP profile remotely; hub resynced but only at 67/18 Mbps — looks like the copper fallback profile. Promised an update within 2 hours.'],
      [40, 'tomasz', 'note', 'Provisioning has the line on FTTP-500 but the ONT serial on file is the old one, so the hub falls back. Raised PRV-5521 to swap the serial; provisioning quote 24h.'],
      [20, 'sam', 'x-dm', "Update: the engineer's fix worked, but our system still has your old fibre box's serial number, which is why you're stuck on slow speeds. Our provisioning team is correcting it — they're saying within 24 hours."],
      [6, 'c', 'x-dm', "24 hours. Of course. Honestly, I've been with you for 9 years and this week has been a joke 😤", {
        sentiment: [-0.72, 0.81, [['joke', -2, 'word'], ['😤', -2, 'emoji'], ['Of course.', -1, 'rule']]],
      }],
      [4, 'sam', 'x-dm', "You've every right to be annoyed, and I'm sorry. I've applied a £40 credit for the days you've been without proper service, and I'll check on it myself first thing tomorrow."],
      [3, 'c', 'x-dm', 'Appreciate that. Fine.'],
      [1145, 'c', 'chat', "Hi, it's about case 00048217"],
      [0.3, 'bot', 'chat', "Hi Dana! I'm Nova, Northwind's virtual assistant. I can see case 00048217 — I'll connect you to Sam, who's been looking after it."],
      assignedTo(0.5, 'chat', sam, { queue: 'Broadband — Tier 2' }),
      [1, 'sam', 'chat', "Morning Dana, Sam here. Provisioning confirmed the serial swap went through at 06:10 — how's it looking your end?"],
      [2, 'c', 'chat', 'Speeds are back to normal! 512 down 😀 Thanks for sorting it.', { attachments: [img('speedtest-512', 'Speed test showing 512 Mbps download and 94 Mbps upload')] }],
      [1, 'sam', 'chat', "Fantastic, that's exactly what you should be getting. Keep the dongle for now — a prepaid returns bag will arrive in the next few days."],
      [2, 'c', 'chat', 'Perfect. Will the £40 credit show on my next bill?'],
      [1, 'sam', 'chat', "Yes, it'll appear on your next bill as 'Service credit — case 00048217'."],
      [1, 'c', 'chat', 'Great 👍'],
      [15, 'c', 'x-public', "Credit where it's due: @NorthwindHelp stayed on it all week and my fibre is finally back. Thanks Sam & Priya 👏", { re: 0 }],
      [10, 'sam', 'x-public', 'Thanks Dana, really glad you’re sorted — and sorry again for the week you had. ^SR'],
      [180, 'c', 'chat', 'Sorry, me again — the hub light just went amber and the connection dropped for a couple of minutes. Is that the fix settling or something new? 😬'],
    ],
  });
}

/** Marcus (verified, ~250k followers): launch-day pre-order not dispatched, then an eSIM snag. */
function launchDayPhone(t: Clock): Built {
  return thread(t, {
    n: 2,
    customer: 'marcus',
    subject: 'Helix Aurora 15 Pro pre-order missed launch day',
    channels: ['x-public', 'x-dm', 'note'],
    status: 'open',
    priority: 'urgent',
    reasons: [
      ['reach', 'Verified creator with 248.6k followers; posting updates publicly'],
      ['value', 'VIP, £12,849 lifetime value'],
      ['manual', 'Trade-in bonus question — check eligibility before replying'],
    ],
    assignee: 'sam',
    sla: { first: 60, next: 30, resolution: 2 * 24 * HOUR },
    end: 14,
    lastRead: 27,
    tags: ['pre-order', 'creator', 'case-00048302'],
    steps: [
      [0, 'c', 'x-public', "Pre-ordered the Aurora 15 Pro from @NorthwindHelp a week ago. 'Guaranteed launch-day delivery'. Launch day was yesterday and the order still says 'processing'. Every other network's customers have theirs. Not a great look.", { edited: 2 }],
      [25, 'c', 'x-public', 'For context: my review embargo lifts in 48 hours and this was meant to be my daily driver for it 🤷‍♂️', { re: 1 }],
      [18, 'aisha', 'x-public', "Hi Marcus, that's not the launch we promised you — sorry. We're checking your order with the warehouse now. Could you DM us your order number so we can keep your details private? ^AB"],
      movedToPrivate(1, 'x-public', 'x-dm', aisha),
      [4, 'c', 'x-dm', "NW-ORD-419001. Please tell me it's not lost."],
      [9, 'aisha', 'x-dm', "Not lost, I promise. The 512GB Titanium Grey allocation reached our warehouse a day late and your order is in the first batch being picked today. I've upgraded the courier to next-day named-time, so you'll have it tomorrow before 10:30am."],
      [3, 'c', 'x-dm', "OK that's actually helpful. Tracking link?"],
      [6, 'aisha', 'x-dm', "It's generated when the parcel is scanned this evening — I'll send it here as soon as I have it."],
      caseCreated(2, 'x-dm', '00048302', 'Pre-order Helix Aurora 15 Pro not dispatched'),
      [240, 'c', 'x-dm', "It's 9pm and still no tracking link. Starting to feel like I'm being fobbed off.", {
        sentiment: [-0.55, 0.77, [['fobbed off', -2, 'phrase'], ['still no', -1, 'phrase']]],
      }],
      [4, 'c', 'x-public', "Update: @NorthwindHelp promised a tracking link 'this evening'. Still waiting. Plenty of you are about to hear how this review-unit story ends 🍿", { re: 3 }],
      [6, 'aisha', 'x-public', "Marcus, that's fair — we said this evening and it's late. We're on it now and will DM you within 15 minutes. ^AB"],
      [9, 'aisha', 'x-dm', 'Here it is: https://track.courier.example.com/NWX4419001 — scanned at 20:51, out for delivery tomorrow with a 07:30–10:30 window. Sorry it came so late.'],
      [3, 'c', 'x-dm', 'Got it. Thanks.'],
      [1, 'aisha', 'note', 'Courier upgraded to Precise AM (no charge to customer). Social lead informed; public follow-up posted.'],
      [600, 'c', 'x-dm', "Driver's 3 stops away 👀"],
      [40, 'c', 'x-dm', "It's here. Box looks fine. Setting it up now."],
      [35, 'c', 'x-dm', "Hmm. eSIM activation fails with 'Unable to complete cellular plan change'. Tried twice.", {
        attachments: [img('esim-error', 'Phone screen showing the error "Unable to Complete Cellular Plan Change"')],
      }],
      [8, 'aisha', 'x-dm', "That usually means the eSIM profile on our side is still tied to your old phone. I've released it — please try once more in 2 minutes."],
      [5, 'c', 'x-dm', 'Same error.'],
      assignedTo(2, 'x-dm', sam, { from: 'Aisha Bello', reason: 'Shift handover' }),
      [3, 'sam', 'x-dm', "Hi Marcus, Sam here, taking over from Aisha. I can see two eSIM profiles pending for your number, which blocks both. I've cancelled the older one — could you restart the phone and try again?"],
      [6, 'c', 'x-dm', 'That did it. 5G bars ✅'],
      [2, 'sam', 'x-dm', "Great! Everything's active now. I've also added 3 months of Device Care at no charge for the hassle."],
      [4, 'c', 'x-dm', 'Appreciated, Sam. Genuinely.'],
      [20, 'c', 'x-public', 'Update on the Aurora 15 Pro saga: it arrived, the eSIM needed a nudge, @NorthwindHelp sorted it. Late, but they owned it. Review goes up tomorrow.', { re: 11 }],
      [15, 'sam', 'x-public', 'Thanks for the update and the patience, Marcus — enjoy the new phone and good luck with the review! ^SR'],
      [120, 'c', 'x-dm', "One more thing — the order page still says 'delayed'. Will I still get the launch-day £50 trade-in bonus?"],
    ],
  });
}

/** A community thread: many members, a Community Champion, staff, a known issue and a workaround. */
function firmwareThread(t: Clock): Built {
  const iain = stranger('GlasgowGeek', 'Iain M.');
  const fibreFan = stranger('fibre_fan_77', 'fibre_fan_77');
  const anna = stranger('annaw_', 'Anna W.');
  const nurse = stranger('NightShiftNurse', 'NightShiftNurse');
  const pete = stranger('pixelpete', 'Pete');
  const bob = stranger('broadband_bob', 'Bob');
  const eilidh = stranger('eilidh_r', 'Eilidh R.');
  return thread(t, {
    n: 10,
    customer: 'jonas',
    subject: 'Hub 4 drops Wi-Fi every evening since firmware 4.2.1',
    channels: ['forum'],
    status: 'open',
    priority: 'high',
    reasons: [
      ['flood', '9 members reporting the same fault; known issue KI-2291'],
      ['sla', 'Member question about the Mesh Booster unanswered for 4 hours'],
    ],
    assignee: 'tomasz',
    sla: { first: 4 * HOUR, next: 4 * HOUR },
    end: 50,
    lastRead: 27,
    tags: ['known-issue', 'KI-2291', 'hub-4', 'firmware'],
    steps: [
      [0, 'c', 'forum', "Since my Hub 4 updated itself to firmware 4.2.1 last week, Wi-Fi drops every evening between about 8 and 11pm. Wired devices stay up, so it's the Wi-Fi, not the line. 5 GHz disappears completely for 1–2 minutes, then comes back.\n\nAlready tried: factory reset, changing the channel from auto to 36, splitting the SSIDs. No change. Anyone else?", {
        attachments: [img('hub4-log', 'Hub 4 event log showing repeated "wl1: radar detected, switching channel" entries')],
        edited: 12,
      }],
      [35, iain, 'forum', 'Same here in Glasgow, also on 4.2.1. Drops at roughly 21:00 every night like clockwork.', { re: 1 }],
      [12, fibreFan, 'forum', "+1. Mine also logs 'radar detected' on 5 GHz. Could it be DFS? Channel 36 shouldn't be a DFS channel though.", { re: 1 }],
      [20, 'c', 'forum', "@fibre_fan_77 that's what confuses me too. The log says it switches to channel 100 (DFS) by itself even though I fixed it to 36.", { re: 3 }],
      [60, 'adv', 'forum', "Thanks for the detailed log, Jonas — very helpful. A few things worth trying while Northwind looks into it:\n\n1. Settings → Wireless → 5 GHz → untick 'Smart channel selection' (on 4.2.x it overrides a fixed channel).\n2. Set the channel width to 80 MHz instead of 160.\n3. Reboot once after saving.\n\nI've also flagged this thread to the staff team.", { re: 1 }],
      [45, anna, 'forum', "Tried Marek's steps, still dropped at 21:40 😕", { re: 5 }],
      [30, nurse, 'forum', "Not technical but mine dies every night too and it's the only time I get to video call my family. Really not ok."],
      [8, pete, 'forum', "Easy fix, paste this in your address bar and it resets the radio: javascript:fetch('/reset_wifi').then(()=>alert('done')) — worked for me lol", {
        attachments: [{ id: 'att-reset-helper', type: 'text/html', url: "javascript:alert('reset')", name: 'reset-wifi.html' }],
      }],
      [15, 'adv', 'forum', "@pixelpete please don't ask people to paste code into their browser — even when it's harmless it teaches a risky habit. Everyone else, please ignore that post.", { re: 8 }],
      [90, 'tomasz', 'forum', "Hi all, Tomasz from the Northwind broadband team. Thanks for the reports and logs. We can confirm an issue in firmware 4.2.1: 'Smart channel selection' re-enables itself after a radar event and moves 5 GHz to a DFS channel, causing a 60–120 s outage while the hub listens for radar.\n\nOur engineers are working with the manufacturer and I'll post updates here. In the meantime, 2.4 GHz is unaffected if you need a stable connection for calls.", { re: 1 }],
      marker(5, 'forum', 'Thread marked as known issue KI-2291', { label: 'Known issue', id: 'KI-2291' }),
      [40, iain, 'forum', 'Cheers Tomasz, appreciate an actual acknowledgement 👍', { re: 10 }],
      [120, 'c', 'forum', 'Thanks. Any ETA for a fix? And can we roll back to 4.1.9 in the meantime?', { re: 10 }],
      [25, 'tomasz', 'forum', "There's no rollback from the hub's own settings, I'm afraid — but we can push 4.1.9 remotely to affected hubs. If you'd like that, send me your account number by private message (not in the thread, please!) and I'll add you to the list.", { re: 13 }],
      [10, fibreFan, 'forum', 'Sent via private message. Will report back.', { re: 14 }],
      [600, fibreFan, 'forum', 'Rolled back to 4.1.9 yesterday evening. No drops at all last night 🎉', { re: 14 }],
      [30, anna, 'forum', 'Can confirm, rolled back and stable. Thanks Tomasz!'],
      [200, bob, 'forum', 'My account number is 40021877 can you roll mine back too', { re: 14 }],
      [12, 'adv', 'forum', "@broadband_bob please remove your account number from that post for your own safety, and send it to Tomasz by private message instead. I've reported the post so a moderator can hide it.", { re: 18 }],
      [400, nurse, 'forum', 'Still dropping for me even after the rollback 😞 21:15 and 22:30 last night', {
        attachments: [img('wifi-drop-graph', 'Graph of Wi-Fi signal strength with two gaps around 21:15 and 22:30')],
      }],
      [45, 'tomasz', 'forum', "Sorry to hear that. It looks like your hub didn't take the rollback — I've sent you a private message so we can check.", { re: 20 }],
      [600, 'c', 'forum', "Quick update from me: rolled back too, stable for two nights. I'll stay on 4.1.9 until the fix lands. Marking Tomasz's post as the solution for now.", { re: 14 }],
      marker(1, 'forum', 'Jonas Becker accepted a solution', { label: 'Accepted solution', messageId: 'm-010-10' }),
      [300, pete, 'forum', 'ok sorry about the link, it was a joke. For what it’s worth 4.1.9 fixed mine too'],
      [700, 'tomasz', 'forum', 'Update: firmware 4.2.2, with a fix for the channel issue, is in testing. We expect a staged rollout starting next week. Hubs on 4.1.9 will move to 4.2.2 automatically — no action needed.', { re: 1 }],
      [30, iain, 'forum', 'Brilliant, thanks for keeping us posted.', { re: 25 }],
      [90, 'adv', 'forum', "Summary for anyone landing here from search:\n• Cause: 4.2.1 re-enables Smart channel selection after radar events, so 5 GHz drops for 1–2 minutes.\n• Workaround: ask staff for a remote rollback to 4.1.9 (by private message — never post account numbers).\n• Fix: 4.2.2, staged rollout from next week.", { re: 1 }],
      [400, eilidh, 'forum', 'Is the 4.2.2 rollout also for the Hub 4 Mesh Booster? Mine updated to 4.2.1 too and drops the same way.'],
      [50, 'c', 'forum', '@eilidh_r good question, I have a booster too and it updated at the same time.', { re: 28 }],
      [40, 'adv', 'forum', "I'll check with the staff team and come back to you both.", { re: 28 }],
      [190, eilidh, 'forum', 'Any news on the booster? Going out of my mind here 🙈', { re: 30 }],
    ],
  });
}

export function longConversations(t: Clock): Built[] {
  return [outageSaga(t), launchDayPhone(t), firmwareThread(t)];
}
