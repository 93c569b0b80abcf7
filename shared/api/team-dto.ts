/**
 * Shapes of the user profile (who uses this installation) and of a manager's own team.
 */
import type { RoleRef } from './dto';
import type { PlanDto } from './reskill-dto';

export const PROFILE_ROLES = ['planner', 'manager', 'employee'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

export interface UserProfile {
  name: string;
  role: ProfileRole;
  /** For a manager: who they are in the organisation (their team is everyone who reports to them). */
  employeeId: string | null;
  /** True when the name is the OS login the user confirmed as theirs. */
  fromOsLogin: boolean;
  chosenAt: string;
}

export interface ProfileState {
  profile: UserProfile | null;
  /** The OS login, offered as a fallback the user must confirm; null in employee mode. */
  osLogin: string | null;
}

/** Someone who leads people: a choice for the manager's profile. */
export interface ManagerItem {
  id: string;
  name?: string | null;
  team: string | null;
  department: string;
  roleTitle: string;
  reports: number;
}

export interface TeamMember {
  id: string;
  name?: string | null;
  team: string | null;
  department: string;
  role: RoleRef;
  /** Who they report to directly (the manager or one of the manager's team leads). */
  managerId: string | null;
  direct: boolean;
  objection: boolean;
  plan: Pick<PlanDto, 'status' | 'targetRole' | 'startDate' | 'weeklyHours' | 'hours' | 'approvedBy' | 'approvedAt' | 'comment'> | null;
}

export interface TeamDto {
  manager: { id: string; name?: string | null; team: string | null; department: string };
  members: TeamMember[];
  /** Members per plan status ('none' = no plan yet). */
  byStatus: { status: PlanDto['status'] | 'none'; people: number }[];
}
