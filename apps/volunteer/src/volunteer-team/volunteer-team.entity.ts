import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** 志愿服务队: a volunteer team, e.g. the Bagua Temple crew at the lantern festival. */
@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A volunteer team (志愿服务队) that covers grid cells and staffs activity shifts',
})
@Entity({ name: 'volunteer_team' })
export class VolunteerTeam {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => String, {
    description: 'Stable code, used in Kafka topic names: dispatch.volunteer-team.<code>',
  })
  @Index({ unique: true })
  @Column('text')
  code!: string;

  @Field(() => String)
  @Column('text')
  name!: string;

  @Field(() => String, {
    description: 'The community (所属社区) the team belongs to, e.g. 八卦庙社区',
  })
  @Column('text')
  community!: string;

  /** 队长: one of the team's active members, or null; read through `VolunteerTeam.lead`. */
  @Column('uuid', { name: 'lead_volunteer_id', nullable: true })
  leadVolunteerId!: string | null;
}

/**
 * Which grid cells a team covers; a team covers several cells and a cell may have several teams.
 * No foreign key to the cell: cells live in the grid service's database.
 */
@Entity({ name: 'volunteer_team_grid_cell' })
@Index(['gridCellId'])
export class VolunteerTeamGridCell {
  @PrimaryColumn('uuid', { name: 'volunteer_team_id' })
  volunteerTeamId!: string;

  @PrimaryColumn('uuid', { name: 'grid_cell_id' })
  gridCellId!: string;

  @ManyToOne(() => VolunteerTeam, { nullable: false })
  @JoinColumn({ name: 'volunteer_team_id' })
  team!: VolunteerTeam;
}
