import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ConsultantView {
  id: string;
  name: string;
  email: string;
  countries: string[];
  languages: string[];
  active: boolean;
  openCases: number;
}

export interface ConsultantChange {
  name?: string;
  email?: string;
  countries?: string[];
  languages?: string[];
  active?: boolean;
}

/** The consultant directory the agency's operators maintain; assignment reads it through SqlConsultantPool. */
@Injectable()
export class SqlConsultantDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async add(consultant: Required<Omit<ConsultantChange, 'active'>>): Promise<ConsultantView> {
    const id = randomUUID();
    await this.dataSource.query(`INSERT INTO consultants (id, name, email, countries, languages) VALUES ($1, $2, $3, $4, $5)`, [
      id, consultant.name, consultant.email, consultant.countries, consultant.languages,
    ]);
    return (await this.find(id))!;
  }

  async change(id: string, change: ConsultantChange): Promise<ConsultantView | undefined> {
    await this.dataSource.query(
      `UPDATE consultants SET name = coalesce($2, name), email = coalesce($3, email), countries = coalesce($4, countries),
              languages = coalesce($5, languages), active = coalesce($6, active), updated_at = now(), version = version + 1
       WHERE id = $1`,
      [id, change.name ?? null, change.email ?? null, change.countries ?? null, change.languages ?? null, change.active ?? null],
    );
    return this.find(id);
  }

  async list(): Promise<ConsultantView[]> {
    const rows = await this.dataSource.query(`SELECT id, name, email, countries, languages, active, open_cases FROM consultants ORDER BY name, id`);
    return rows.map(toView);
  }

  async find(id: string): Promise<ConsultantView | undefined> {
    const rows = await this.dataSource.query(`SELECT id, name, email, countries, languages, active, open_cases FROM consultants WHERE id = $1`, [id]);
    return rows.length ? toView(rows[0]) : undefined;
  }
}

function toView(row: { id: string; name: string; email: string; countries: string[]; languages: string[]; active: boolean; open_cases: number }): ConsultantView {
  return { id: row.id, name: row.name, email: row.email, countries: row.countries, languages: row.languages, active: row.active, openCases: row.open_cases };
}
