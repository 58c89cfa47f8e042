import type { ListColumn } from '../../lists/list-column.ts';
import type { PersonRow } from './people-api.ts';

type T = (key: string) => string;

/** The flat list of people: name, number, email, leader, faggruppe, unit, direct reports; the CSV adds the leader's number and whether they are exempt. */
export function peopleColumns(t: T): ListColumn<PersonRow>[] {
  return [
    { key: 'name', label: t('lists.people.name'), value: (p) => p.name },
    { key: 'personId', label: t('lists.people.personId'), value: (p) => p.personId },
    { key: 'email', label: t('lists.people.email'), value: (p) => p.email },
    {
      key: 'manager', label: t('lists.people.manager'), value: (p) => p.managerName,
      csv: [
        { label: t('lists.people.manager'), value: (p) => p.managerName },
        { label: t('lists.people.managerId'), value: (p) => p.managerId },
      ],
    },
    { key: 'faggruppe', label: t('lists.people.faggruppe'), value: (p) => p.faggruppe },
    { key: 'unit', label: t('lists.people.unit'), value: (p) => p.unitName },
    {
      key: 'reports', label: t('lists.people.reports'), value: (p) => p.directReports,
      csv: [
        { label: t('lists.people.reports'), value: (p) => p.directReports },
        { label: t('lists.people.exempt'), value: (p) => (p.exempt ? t('lists.yes') : t('lists.no')) },
      ],
    },
  ];
}
