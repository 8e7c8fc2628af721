import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::dialogue-meeting.dialogue-meeting');
