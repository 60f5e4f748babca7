"""package keys: the secretariat's keys of judges' sealed packages

Revision ID: 0004_package_keys
Revises: 0003_judge_logins
Create Date: 2026-12-02 11:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0004_package_keys'
down_revision = '0003_judge_logins'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'package_keys',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('edition_id', sa.Integer(), nullable=False),
        sa.Column('judge_id', sa.Integer(), nullable=False),
        sa.Column('salt', sa.String(length=32), nullable=False),
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('made_at', sa.String(length=40), nullable=False),
        sa.Column('superseded_at', sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(['edition_id'], ['editions.id'],
                                name=op.f('fk_package_keys_edition_id_editions'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['judge_id'], ['judges.id'],
                                name=op.f('fk_package_keys_judge_id_judges'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_package_keys')),
        sa.UniqueConstraint('salt', name=op.f('uq_package_keys_salt')),
    )


def downgrade() -> None:
    op.drop_table('package_keys')
