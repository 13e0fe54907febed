import type { DocumentSlice } from './documentSlice';
import type { EmbedSlice } from './embedSlice';
import type { NoticeSlice } from './noticeSlice';
import type { PacksSlice } from './packsSlice';
import type { PreviewSlice } from './previewSlice';
import type { SessionSlice } from './sessionSlice';

export type AvatarStore = DocumentSlice & SessionSlice & PacksSlice & NoticeSlice & EmbedSlice & PreviewSlice;
