import { z } from 'zod';
import {
  DeleteFilesInput, DownloadInput, FileTarget, ListFilesInput, MakeFolderInput, RenameFileInput, UploadInput,
  type FileAbilities, type FolderListing,
} from '../files';
import type { FileJobEvent } from '../image-files';
import { mutation, query, returns, subscription, type ServiceOf } from './define';

/** Files inside a container (running or not) or a volume, through the engine's archive API: browse, copy both ways, change. */
export const filesApi = {
  abilities: query(z.object({ target: FileTarget }), returns<FileAbilities>()),
  list: query(ListFilesInput, returns<FolderListing>()),
  download: subscription(DownloadInput, returns<FileJobEvent>()),
  upload: subscription(UploadInput, returns<FileJobEvent>()),
  makeFolder: mutation(MakeFolderInput, returns<void>()),
  delete: mutation(DeleteFilesInput, returns<void>()),
  rename: mutation(RenameFileInput, returns<void>()),
};
export type FilesService = ServiceOf<typeof filesApi>;
