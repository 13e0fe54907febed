import type { DocumentSlice } from './documentSlice';
import type { PacksSlice } from './packsSlice';
import type { SessionSlice } from './sessionSlice';

export type AvatarStore = DocumentSlice & SessionSlice & PacksSlice;
