import type { DataSource, EntityManager } from 'typeorm';

/** A department as the grid service registered it: what dispatching needs (its code names its topic). */
export interface DirectoryDepartment {
  id: string;
  code: string;
}

/** Answers which departments exist; the grid service owns them. */
export interface DepartmentDirectory {
  /** The department with this code, or null when there is none (or none known yet). */
  findByCode(code: string): Promise<DirectoryDepartment | null>;
  /**
   * The department with this id, or null when there is none (or none known yet). Inside a transaction
   * pass its `manager`: a second connection per open transaction exhausts the pool under load.
   */
  findById(id: string, manager?: EntityManager): Promise<DirectoryDepartment | null>;
}

/**
 * Reads the appeal service's own copy of the department registry (`known_department`, fed by the
 * grid service's `grid.departments` topic): no call to another service.
 */
export class LocalDepartmentDirectory implements DepartmentDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async findByCode(code: string): Promise<DirectoryDepartment | null> {
    return this.first('SELECT id, code FROM known_department WHERE code = $1', [code]);
  }

  async findById(id: string, manager?: EntityManager): Promise<DirectoryDepartment | null> {
    return this.first('SELECT id, code FROM known_department WHERE id = $1', [id], manager);
  }

  private async first(
    sql: string,
    parameters: string[],
    manager?: EntityManager,
  ): Promise<DirectoryDepartment | null> {
    const [row] = (await (manager ?? this.dataSource).query(
      sql,
      parameters,
    )) as DirectoryDepartment[];
    return row ? { id: row.id, code: row.code } : null;
  }
}
