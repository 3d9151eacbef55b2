import { z } from 'zod';
import { BuildInput, type BuildEvent } from '../build';
import {
  CommitInput, ExportContainerInput, ImportImageInput, LoadImagesInput, SaveImagesInput, type FileJobEvent,
} from '../image-files';
import {
  ImageDetails, ImageRef, PullInput, RemoveImageOutcome, RemoveImagesInput,
  TagInput, type ImageSummary, type TransferEvent,
} from '../images';
import { checked, job, mutation, query, returns, subscription, type ServiceOf } from './define';

/** Images: the live list, details, pull/push, tag, remove, prune, build, and the file jobs (save, load, import, export, commit). */
export const imagesApi = {
  list: query(null, returns<ImageSummary[]>()),
  watch: subscription(null, returns<ImageSummary[]>()),
  inspect: query(ImageRef, checked(ImageDetails)),
  pull: job(PullInput, returns<TransferEvent>()),
  remove: mutation(RemoveImagesInput, checked(z.array(RemoveImageOutcome))),
  tag: mutation(TagInput, returns<void>()),
  push: job(PullInput, returns<TransferEvent>()),
  build: job(BuildInput, returns<BuildEvent>()),
  save: job(SaveImagesInput, returns<FileJobEvent>()),
  load: job(LoadImagesInput, returns<FileJobEvent>()),
  import: job(ImportImageInput, returns<FileJobEvent>()),
  exportContainer: job(ExportContainerInput, returns<FileJobEvent>()),
  commit: mutation(CommitInput, checked(z.object({ id: z.string() }))),
};
export type ImagesService = ServiceOf<typeof imagesApi>;
