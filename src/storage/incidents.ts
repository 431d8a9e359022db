import type { Db, IncidentRecord } from './database';

/** What the app shows for a kept incident; the data itself is fetched only for a download. */
export interface IncidentInfo {
  id: number;
  foundAt: number;
  source: string;
  errors: string[];
  size: number;
}

export function incidentInfo(record: IncidentRecord & { id: number }): IncidentInfo {
  return { id: record.id, foundAt: record.foundAt, source: record.source, errors: record.errors, size: record.raw.length };
}

export async function listIncidents(db: Db): Promise<IncidentInfo[]> {
  const records = await db.getAll('incidents');
  return records.map((record) => incidentInfo(record as IncidentRecord & { id: number })).sort((a, b) => b.foundAt - a.foundAt || b.id - a.id);
}

export async function incidentData(db: Db, id: number): Promise<string | undefined> {
  return (await db.get('incidents', id))?.raw;
}

export async function discardIncident(db: Db, id: number): Promise<void> {
  await db.delete('incidents', id);
}
