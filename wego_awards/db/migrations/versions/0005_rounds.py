"""rounds: judging rounds, the applications that went on, the jury's decisions at a cut; the
criteria and assignments of each round

Revision ID: 0005_rounds
Revises: 0004_package_keys
Create Date: 2026-12-06 18:30:00

An edition made before rounds becomes an edition of one round, R1 ("Round 1"), opened when the
edition was made: its criteria and assignments are R1's, and every score stays where it was (a
score names its round through its criterion).
"""

import sqlalchemy as sa
from alembic import op

revision = '0005_rounds'
down_revision = '0004_package_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'rounds',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('edition_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=32), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('own_criteria', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.String(length=40), nullable=False),
        sa.Column('opened_at', sa.String(length=40), nullable=True),
        sa.Column('advanced_by', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['edition_id'], ['editions.id'],
                                name=op.f('fk_rounds_edition_id_editions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rounds')),
        sa.UniqueConstraint('edition_id', 'code', name='uq_rounds_code'),
    )
    op.create_table(
        'round_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(['round_id'], ['rounds.id'],
                                name=op.f('fk_round_entries_round_id_rounds'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_round_entries_application_id_applications'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_round_entries')),
        sa.UniqueConstraint('round_id', 'application_id', name='uq_round_entries_pair'),
    )
    op.create_table(
        'round_decisions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('decision', sa.String(length=16), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('at', sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(['round_id'], ['rounds.id'],
                                name=op.f('fk_round_decisions_round_id_rounds'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['application_id'], ['applications.id'],
                                name=op.f('fk_round_decisions_application_id_applications'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_round_decisions')),
        sa.UniqueConstraint('round_id', 'application_id', name='uq_round_decisions_pair'),
    )
    with op.batch_alter_table('editions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('open_round_id', sa.Integer(), nullable=True))
    # Every edition so far had one round: R1, opened when the edition was made.
    op.execute("INSERT INTO rounds (edition_id, code, name, kind, position, own_criteria, "
               "created_at, opened_at, advanced_by) SELECT id, 'R1', 'Round 1', 'scoring', 1, "
               "false, created_at, created_at, '' FROM editions")
    op.execute("UPDATE editions SET open_round_id = (SELECT r.id FROM rounds r WHERE "
               "r.edition_id = editions.id AND r.code = 'R1')")

    with op.batch_alter_table('criteria', schema=None) as batch_op:
        batch_op.add_column(sa.Column('round_id', sa.Integer(), nullable=True))
    op.execute("UPDATE criteria SET round_id = (SELECT r.id FROM rounds r WHERE "
               "r.edition_id = criteria.edition_id AND r.code = 'R1')")
    with op.batch_alter_table('criteria', schema=None) as batch_op:
        batch_op.alter_column('round_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint('uq_criteria_code', type_='unique')
        batch_op.create_unique_constraint('uq_criteria_code', ['round_id', 'code'])
        batch_op.create_foreign_key(op.f('fk_criteria_round_id_rounds'), 'rounds',
                                    ['round_id'], ['id'], ondelete='CASCADE')

    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('round_id', sa.Integer(), nullable=True))
    op.execute("UPDATE assignments SET round_id = (SELECT r.id FROM rounds r JOIN judges j ON "
               "j.edition_id = r.edition_id WHERE j.id = assignments.judge_id AND "
               "r.code = 'R1')")
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.alter_column('round_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_constraint('uq_assignments_pair', type_='unique')
        batch_op.create_unique_constraint('uq_assignments_pair',
                                          ['round_id', 'judge_id', 'application_id'])
        batch_op.create_foreign_key(op.f('fk_assignments_round_id_rounds'), 'rounds',
                                    ['round_id'], ['id'], ondelete='CASCADE')


def downgrade() -> None:
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('fk_assignments_round_id_rounds'), type_='foreignkey')
        batch_op.drop_constraint('uq_assignments_pair', type_='unique')
        batch_op.create_unique_constraint('uq_assignments_pair', ['judge_id', 'application_id'])
        batch_op.drop_column('round_id')
    with op.batch_alter_table('criteria', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('fk_criteria_round_id_rounds'), type_='foreignkey')
        batch_op.drop_constraint('uq_criteria_code', type_='unique')
        batch_op.create_unique_constraint('uq_criteria_code', ['edition_id', 'code'])
        batch_op.drop_column('round_id')
    with op.batch_alter_table('editions', schema=None) as batch_op:
        batch_op.drop_column('open_round_id')
    op.drop_table('round_decisions')
    op.drop_table('round_entries')
    op.drop_table('rounds')
