"""Desks and roles made by the data migration, their names in the admin's language,
and add_staff."""

import io
import sys

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from wagtail.models import Collection, GroupPagePermission, Workflow, WorkflowPage

from hiwar.newsroom.roles import ROLES

from .conftest import PASSWORD, add_staff, login

pytestmark = pytest.mark.django_db

GROUPS = ["Administrators", "Arabic desk", "Chief editors", "English desk", "Russian desk", "Translators"]


def stored_names(model):
    return sorted(model.objects.values_list("name", flat=True))


def test_the_migration_made_the_six_groups_and_removed_wagtails_defaults():
    assert stored_names(Group) == GROUPS  # no Editors, no Moderators
    assert stored_names(Collection) == ["Arabic desk", "English desk", "Root", "Russian desk", "Shared"]
    workflow = Workflow.objects.get()
    assert stored_names(Workflow) == ["Desk → Chief editor"]
    assert [task.specific.groups.values_list("name", flat=True).get() for task in workflow.tasks] == [
        "Chief editors"
    ]


@pytest.mark.parametrize(
    "lang, desk, workflow",
    [
        ("ar", "قسم اللغة العربية", "القسم ← رئيس التحرير"),
        ("ru", "Арабская редакция", "Редакция → главный редактор"),
    ],
)
def test_names_are_shown_in_the_admins_language_and_stored_in_english(lang, desk, workflow):
    with translation.override(lang):
        assert Group.objects.get(name="Arabic desk").name == desk
        assert Workflow.objects.get().name == workflow
        group = Group.objects.get(name="Arabic desk")
        group.save()  # e.g. the group editor saving its form
    assert Group.objects.filter(name="Arabic desk").exists()


def test_group_list_in_the_russian_admin_names_the_desks_in_russian(client, site_tree):
    add_staff("olga", "admin", language="ru")
    login(client, "olga")
    html = client.get("/admin/groups/").content.decode()
    assert "Арабская редакция" in html and "Главные редакторы" in html
    assert "Arabic desk" not in html


def test_each_language_tree_has_its_desk_and_the_workflow(site_tree):
    for lang, desk in (("ar", "Arabic desk"), ("ru", "Russian desk"), ("en", "English desk")):
        home = site_tree.homes[lang]
        groups = set(GroupPagePermission.objects.filter(page=home).values_list("group__name", flat=True))
        assert groups == {desk, "Translators", "Chief editors"}
        assert WorkflowPage.objects.get(page=home).workflow == Workflow.objects.get()
        assert home.get_workflow() is not None


def test_add_staff_creates_and_updates_an_account_with_one_role(db):
    add_staff("layla", "ar-desk")
    user = get_user_model().objects.get(username="layla")
    assert user.check_password(PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == ["Arabic desk"]
    assert user.wagtail_userprofile.preferred_language == "ar"
    add_staff("layla", "chief", password="Another-Long-Phrase-77")
    user.refresh_from_db()
    assert list(user.groups.values_list("name", flat=True)) == ["Chief editors"]
    assert user.check_password("Another-Long-Phrase-77")


@pytest.mark.parametrize("password", ["", "12345678", "password"])
def test_add_staff_refuses_empty_or_weak_passwords_and_creates_nothing(password):
    stdin, sys.stdin = sys.stdin, io.StringIO(password + "\n")
    try:
        with pytest.raises(CommandError):
            call_command(
                "add_staff", "weak", "--role", "translator", "--password-stdin", stdout=io.StringIO()
            )
    finally:
        sys.stdin = stdin
    assert not get_user_model().objects.filter(username="weak").exists()


def test_every_role_has_an_add_staff_name():
    assert [role.slug for role in ROLES] == ["ar-desk", "ru-desk", "en-desk", "translator", "chief", "admin"]
