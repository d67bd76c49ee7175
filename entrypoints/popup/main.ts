import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import '../../components/theme.css';

document.documentElement.lang = navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
createApp(App).use(createPinia()).mount('#app');
