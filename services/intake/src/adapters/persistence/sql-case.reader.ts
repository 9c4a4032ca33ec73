import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseReader } from '../../application/ports/case-reader.port';

@Injectable()
export class SqlCaseReader extends CaseReader {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async exists(creditorId: string, caseId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM cases WHERE id = $1 AND creditor_id = $2`, [caseId, creditorId])).length > 0;
  }
}
