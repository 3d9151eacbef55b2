import { z } from 'zod';
import {
  DeleteFilesInput, DownloadInput, FileTarget, ListFilesInput, MakeFolderInput, RenameFileInput, UploadInput,
  type FileAbilities, type FolderListing,
} from '../files';
import type { FileJobEvent } from '../image-files';
import { job, mutation, query, returns, type ServiceOf } from './define';

/** Files inside a container (running or not) or a volume, through the engine's archive API: browse, copy both ways, change. */
export const filesApi = {
  abilities: query(z.object({ target: FileTarget }), returns<FileAbilities>()),
  list: query(ListFilesInput, returns<FolderListing>()),
  download: job(DownloadInput, returns<FileJobEvent>()),
  upload: job(UploadInput, returns<FileJobEvent>()),
  makeFolder: mutation(MakeFolderInput, returns<void>()),
  delete: mutation(DeleteFilesInput, returns<void>()),
  rename: mutation(RenameFileInput, returns<void>()),
};
export type FilesService = ServiceOf<typeof filesApi>;
