-- The roles of the team (issue 12 adds accounts): admin, editor, translator, viewer. A publisher was an
-- editor who may publish; editors publish now (lib/server/policy.ts says who may do what).
alter table users drop constraint if exists users_role_check;
update users set role = 'editor' where role = 'publisher';
alter table users add constraint users_role_check check (role in ('admin', 'editor', 'translator', 'viewer'));
