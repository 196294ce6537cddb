import { Field, Int, ObjectType } from 'type-graphql';
import { RuleFigure } from '../conduct-rule/rule-figure.type';

@ObjectType({ description: 'How many misconduct cases concern one department' })
export class MisconductDepartmentFigure {
  @Field(() => String)
  departmentCode!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Not yet reviewed (讲评)' })
  open!: number;
}

@ObjectType({ description: '问题讲评 in figures: cases by department and by rule broken' })
export class MisconductFigures {
  @Field(() => [MisconductDepartmentFigure], { description: 'Departments with cases, most first' })
  byDepartment!: MisconductDepartmentFigure[];

  @Field(() => [RuleFigure], {
    description: 'Every rule of the catalogue; a case citing two rules counts under both',
  })
  byRule!: RuleFigure[];
}
