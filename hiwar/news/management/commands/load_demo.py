from django.core.management.base import BaseCommand

from hiwar.news.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the demo site (sections, articles in ar/ru/en, images, About). Safe to run again."

    def handle(self, *args, **options):
        DemoLoader(stdout=self.stdout).run()
