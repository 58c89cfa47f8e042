/** Texts of the users & invitations page. */
const da = {
  title: 'Brugere og invitationer',
  intro: 'Hvem har adgang til {tenant}, og hvad de må.',
  roleHelp: {
    admin: 'Administrator: vedligeholder hierarkiet, kører målinger og ser alle rapporter.',
    analyst: 'Analytiker: ser alle rapporter og kan trække data, men ændrer intet.',
    leader: 'Leder: ser sin egen rapport og, hvis organisationen tillader det, sin ledelseskæde.',
  },
  invite: {
    heading: 'Inviter en bruger',
    email: 'E-mail',
    role: 'Rolle',
    submit: 'Send invitation',
    sent: 'Invitationen er sendt til {email}.',
    seeOutbox: 'Se den i udbakken',
  },
  members: {
    heading: 'Medlemmer',
    empty: 'Ingen har adgang endnu. Inviter den første ovenfor.',
    you: 'dig',
    changeRole: 'Rolle for {name}',
    remove: 'Fjern {name}',
    removeConfirm: 'Fjern {name} fra {tenant}? Personen mister adgangen med det samme.',
    removed: '{name} har ikke længere adgang.',
    roleChanged: '{name} er nu {role}.',
    columns: {
      name: 'Navn',
      email: 'E-mail',
      role: 'Rolle',
      since: 'Medlem siden',
      actions: 'Handlinger',
    },
  },
  invitations: {
    heading: 'Afventende invitationer',
    empty: 'Ingen invitationer venter på svar.',
    revoke: 'Tilbagekald',
    revokeLabel: 'Tilbagekald invitationen til {email}',
    revoked: 'Invitationen til {email} er tilbagekaldt. Linket virker ikke længere.',
    expired: 'Udløbet',
    columns: {
      email: 'E-mail',
      role: 'Rolle',
      sent: 'Sendt',
      expires: 'Udløber',
      actions: 'Handlinger',
    },
  },
};

const en: typeof da = {
  title: 'Users and invitations',
  intro: 'Who has access to {tenant}, and what they may do.',
  roleHelp: {
    admin: 'Administrator: maintains the hierarchy, runs rounds and sees every report.',
    analyst: 'Analyst: sees every report and can export data, but changes nothing.',
    leader: 'Leader: sees their own report and, if the organisation allows it, their leadership chain.',
  },
  invite: {
    heading: 'Invite a user',
    email: 'Email',
    role: 'Role',
    submit: 'Send invitation',
    sent: 'The invitation has been sent to {email}.',
    seeOutbox: 'See it in the outbox',
  },
  members: {
    heading: 'Members',
    empty: 'Nobody has access yet. Invite the first person above.',
    you: 'you',
    changeRole: 'Role of {name}',
    remove: 'Remove {name}',
    removeConfirm: 'Remove {name} from {tenant}? They lose access immediately.',
    removed: '{name} no longer has access.',
    roleChanged: '{name} is now {role}.',
    columns: {
      name: 'Name',
      email: 'Email',
      role: 'Role',
      since: 'Member since',
      actions: 'Actions',
    },
  },
  invitations: {
    heading: 'Pending invitations',
    empty: 'No invitations are waiting for an answer.',
    revoke: 'Withdraw',
    revokeLabel: 'Withdraw the invitation to {email}',
    revoked: 'The invitation to {email} has been withdrawn. Its link no longer works.',
    expired: 'Expired',
    columns: {
      email: 'Email',
      role: 'Role',
      sent: 'Sent',
      expires: 'Expires',
      actions: 'Actions',
    },
  },
};

export default { da, en };
