import { keysetPage, type Page, type PageArgs } from '@erqi/shared/data-access-pagination';
import { NotFound } from '@erqi/shared/util-errors';
import type { DataSource, Repository } from 'typeorm';
import { Department } from './department.entity';

export class DepartmentService {
  private readonly departments: Repository<Department>;

  constructor(dataSource: DataSource) {
    this.departments = dataSource.getRepository(Department);
  }

  async getByCode(code: string): Promise<Department> {
    const department = await this.departments.findOneBy({ code });
    if (!department) throw new NotFound('Department', code, 'code');
    return department;
  }

  list(args: PageArgs): Promise<Page<Department>> {
    return keysetPage(this.departments.createQueryBuilder('department'), args, {
      sortColumn: 'code',
    });
  }
}
