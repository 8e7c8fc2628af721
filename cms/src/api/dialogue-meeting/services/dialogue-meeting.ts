import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::dialogue-meeting.dialogue-meeting');
