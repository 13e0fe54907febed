/**
 * The embed protocol's messages as types: what the creator posts to its host page and what the host posts back.
 * Types only, so the host SDK (host.ts) can share them and still ship without dependencies. docs/embed.md
 * describes every message; keep the two in step.
 */
import type { AvatarManifest } from '../core/manifest';

/** `source` of the creator's messages and `target` of the host's, in our own protocol. */
export const NATIVE_NAME = 'avatar-atelier';
/** The same in the Ready Player Me compatibility mode (`?frameApi=rpm`). */
export const RPM_NAME = 'readyplayerme';

export type FrameApiMode = 'native' | 'rpm';

/** Events the creator posts. `v1.frame.ready` goes out unasked; the others once the host subscribes to them. */
export type CreatorEventName = 'v1.frame.ready' | 'v1.loading' | 'v1.avatar.changed' | 'v1.avatar.exported';

/** Commands a host sends as `{type: "query", eventName}`. */
export const QUERY_NAMES = ['v1.avatar.load', 'v1.avatar.export', 'v1.ui.configure'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export interface LoadingEvent {
  /** "ready" once the editor shows the first avatar; "error" if it cannot. */
  state: 'loading' | 'ready' | 'error';
  /** Why, in words (empty when ready). */
  detail: string;
}

/** A file the creator made, as the native protocol delivers it (the bytes are transferred, not copied). */
export interface ExportedAvatar {
  manifest: AvatarManifest;
  format: ExportFormatName;
  fileName: string;
  mimeType: string;
  bytes: ArrayBuffer;
}

/** The same in the compatibility mode: RPM hosts read `url` (here a data: URL) and `avatarId`. */
export interface RpmExportedAvatar extends Omit<ExportedAvatar, 'bytes'> {
  url: string;
  /** A content id of the file (the first 32 hex digits of its SHA-256): the same avatar gives the same id. */
  avatarId: string;
}

export interface CreatorEvents {
  'v1.frame.ready': undefined;
  'v1.loading': LoadingEvent;
  'v1.avatar.changed': { manifest: AvatarManifest };
  'v1.avatar.exported': ExportedAvatar;
}

export type ExportFormatName = 'glb' | 'vrm' | 'manifest' | 'png';

/** What `v1.avatar.export` asks for: the export panel's formats and options (docs/export.md). */
export type ExportQuery =
  | {
      format: 'glb' | 'vrm';
      pose?: 'A' | 'T';
      lod?: 0 | 1 | 2;
      textureAtlas?: 'none' | 512 | 1024;
      textureSizeLimit?: number;
      textureFormat?: 'jpeg' | 'png' | 'webp';
      morphTargets?: 'none' | 'visemes' | 'arkit' | 'all';
      compression?: 'none' | 'meshopt';
    }
  | { format: 'manifest' }
  | { format: 'png'; framing?: 'face' | 'body'; size?: number; background?: 'transparent' | `#${string}` };

/** Editor colours a host may set (CSS colours like "#4b5fd6"). */
export type ThemeColour = 'accent' | 'accentInk' | 'ink' | 'inkSoft' | 'paper' | 'line';

/** What `v1.ui.configure` may change; every field is optional and left as it is when absent. */
export interface UiConfig {
  /** Category ids to show, e.g. ["presets", "body", "hair"]; the others are hidden. */
  categories?: string[];
  /** The text of the editor's "Done" button. */
  doneLabel?: string;
  /** What the "Done" button exports (a GLB with default options until set). */
  doneExport?: ExportQuery;
  language?: 'en' | 'fr';
  theme?: Partial<Record<ThemeColour, string>>;
}

/** Everything the creator posts: events, and responses (`type: "queryResponse"`) to the host's commands. */
export interface CreatorMessage {
  source: string;
  eventName: string;
  data?: unknown;
  type?: 'queryResponse';
  /** The `correlationId` of the command answered (null when the command had none). */
  correlationId?: string | number | null;
  status?: 'ok' | 'error';
  /** HTTP-like: 200/201 done, 400 bad command, 404 unknown query, 500 failed. */
  statusCode?: number;
  reason?: string;
}

/** What a host posts. `eventName` is the subscription pattern (subscribe, unsubscribe) or the query's name. */
export interface HostCommand {
  target: string;
  type: 'subscribe' | 'unsubscribe' | 'query';
  eventName: string;
  correlationId?: string | number;
  data?: unknown;
}
