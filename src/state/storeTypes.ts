import type { DocumentSlice } from './documentSlice';
import type { SessionSlice } from './sessionSlice';

export type AvatarStore = DocumentSlice & SessionSlice;
