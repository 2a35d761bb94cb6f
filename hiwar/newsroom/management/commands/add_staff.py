"""python manage.py add_staff USERNAME --role ar-desk|ru-desk|en-desk|translator|chief|admin
[--email ADDRESS] [--language ar|ru|en] [--password-stdin]

Creates the account, or updates its role, and sets its password: asked twice on
the terminal, or read from standard input (`--password-stdin`, for scripts). There
is no default password; Django's password validators apply.
"""

import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.users.models import UserProfile

from hiwar.newsroom.roles import ROLE_BY_SLUG, ROLES
from hiwar.text.languages import LANGUAGE_CODES


class Command(BaseCommand):
    help = "Create or update a newsroom account with one role (its Wagtail group) and a password."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=list(ROLE_BY_SLUG))
        parser.add_argument("--email", default=None)
        parser.add_argument(
            "--language",
            choices=LANGUAGE_CODES,
            help="the admin's language for this account (default: a desk's own language)",
        )
        parser.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )

    def handle(self, *args, username, role, email, language, password_stdin, **options):
        role = ROLE_BY_SLUG[role]
        User = get_user_model()
        user = User.objects.filter(username=username).first() or User(username=username)
        password = self.read_password(password_stdin)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        with transaction.atomic():
            created = user.pk is None
            if email is not None:
                user.email = email
            user.set_password(password)
            user.is_active = True
            user.save()
            self.set_role(user, role)
            self.set_language(user, language or (role.trees[0] if role.slug.endswith("-desk") else None))
        verb = "created" if created else "updated"
        self.stdout.write(f"{verb} {username} ({role.group})")

    def read_password(self, from_stdin):
        if from_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = getpass.getpass("Password: ")
            if getpass.getpass("Password (again): ") != password:
                raise CommandError("The two passwords differ; nothing was changed.")
        if not password:
            raise CommandError("An empty password is not accepted; nothing was changed.")
        return password

    def set_role(self, user, role):
        """One newsroom role per account: the others are taken away."""
        ours = Group.objects.filter(name__in=[each.group for each in ROLES])
        user.groups.remove(*ours.exclude(name=role.group))
        group = Group.objects.filter(name=role.group).first()
        if group is None:
            raise CommandError(f"The group {role.group!r} is missing: run `manage.py migrate` first.")
        user.groups.add(group)

    def set_language(self, user, language):
        if language:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
