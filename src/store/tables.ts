/**
 * The database's tables as Kysely sees them: one set of typed queries serves SQLite and PostgreSQL.
 * Times are ISO-8601 UTC text, which sorts and compares the same way in both.
 */
export interface QuestionsTable {
  id: string;
  asked_at: string;
  /** slash, mention, dm, home, local */
  surface: string;
  team_id: string | null;
  channel_id: string | null;
  /** HMAC of the Slack user id with the store's key: counts people without keeping who they are. */
  user_hash: string | null;
  /** Null when STORE_QUESTION_TEXT=false. */
  question: string | null;
  /** What a gap groups by: the role/facet/topic hit, or the normalised question for a decline. */
  gap_key: string;
  kind: string;
  coverage: string;
  /** Role ids, comma-separated ('' for none). */
  roles: string;
  facet: string | null;
  topic: string | null;
}

export interface FeedbackTable {
  question_id: string;
  user_hash: string;
  /** up or down: the last click wins. */
  value: string;
  comment: string | null;
  updated_at: string;
}

export interface ExpertRequestsTable {
  id: string;
  question_id: string;
  asked_at: string;
  status: string;
  resolved_at: string | null;
}

export interface ResolvedGapsTable {
  gap_key: string;
  resolved_at: string;
  resolved_by: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** Each conversation's last turn (JSON), for follow-up questions across instances. */
export interface ConversationsTable {
  key: string;
  turn: string;
  updated_at: string;
}

/** Who has had the Messages tab welcome: `team/user`. */
export interface GreetedTable {
  key: string;
  greeted_at: string;
}

/** An app installation; `secret` is the whole Installation as JSON, encrypted (see installations.ts). */
export interface InstallationsTable {
  key: string;
  team_id: string | null;
  enterprise_id: string | null;
  bot_user_id: string | null;
  /** Comma-separated bot scopes. */
  scopes: string;
  secret: string;
  installed_at: string;
}

/** `event:<event_id>` or `sig:<signature>`: what must be acted on once across every instance. */
export interface SeenOnceTable {
  key: string;
  expires_at: string;
}

export interface Tables {
  questions: QuestionsTable;
  feedback: FeedbackTable;
  expert_requests: ExpertRequestsTable;
  resolved_gaps: ResolvedGapsTable;
  settings: SettingsTable;
  conversations: ConversationsTable;
  greeted: GreetedTable;
  installations: InstallationsTable;
  seen_once: SeenOnceTable;
}
