import { z } from 'zod';
import { BuildInput, type BuildEvent } from '../build';
import {
  CommitInput, ExportContainerInput, ImportImageInput, LoadImagesInput, SaveImagesInput, type FileJobEvent,
} from '../image-files';
import {
  ImageDetails, ImageRef, PullInput, RemoveImageOutcome, RemoveImagesInput,
  TagInput, type ImageSummary, type TransferEvent,
} from '../images';
import { checked, mutation, query, returns, subscription, type ServiceOf } from './define';

/** Images: the live list, details, pull/push, tag, remove, prune, build, and the file jobs (save, load, import, export, commit). */
export const imagesApi = {
  list: query(null, returns<ImageSummary[]>()),
  watch: subscription(null, returns<ImageSummary[]>()),
  inspect: query(ImageRef, checked(ImageDetails)),
  pull: subscription(PullInput, returns<TransferEvent>()),
  remove: mutation(RemoveImagesInput, checked(z.array(RemoveImageOutcome))),
  tag: mutation(TagInput, returns<void>()),
  push: subscription(PullInput, returns<TransferEvent>()),
  build: subscription(BuildInput, returns<BuildEvent>()),
  save: subscription(SaveImagesInput, returns<FileJobEvent>()),
  load: subscription(LoadImagesInput, returns<FileJobEvent>()),
  import: subscription(ImportImageInput, returns<FileJobEvent>()),
  exportContainer: subscription(ExportContainerInput, returns<FileJobEvent>()),
  commit: mutation(CommitInput, checked(z.object({ id: z.string() }))),
};
export type ImagesService = ServiceOf<typeof imagesApi>;
