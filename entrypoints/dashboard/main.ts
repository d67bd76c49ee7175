import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { uiLang } from '../../components/i18n';
import '../../components/theme.css';
import '../../components/dashboard/dashboard.css';

document.documentElement.lang = uiLang();
createApp(App).use(createPinia()).mount('#app');
