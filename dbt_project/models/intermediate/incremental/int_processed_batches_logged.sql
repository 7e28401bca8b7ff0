{{ config(unique_key='batch_id') }}

{#-
    The build state: one row per raw batch whose events every incremental model has
    absorbed. It depends on every mart, so dbt records a batch only after they all
    succeeded; a failed build leaves its batches pending and the next build redoes them
    (delete+insert keeps that idempotent).
-#}
{%- set marts = [
    'app_events', 'app_sessions', 'countries', 'devices', 'errors', 'participants',
    'poll_answers', 'polls', 'quality_samples', 'recordings', 'rejected_lines', 'sessions',
    'timeline', 'timeline_ten_seconds', 'viewer_contexts',
] %}
{%- for mart in marts %}
-- depends_on: {{ ref(mart) }}
{%- endfor %}

{#- A build of a selection (e.g. Dagster materializing some assets) that leaves out an
    incremental model must not mark batches done for it. -#}
{%- set skipped_incremental_models = graph.nodes.values()
    | selectattr('resource_type', 'equalto', 'model')
    | selectattr('config.materialized', 'equalto', 'incremental')
    | rejectattr('unique_id', 'in', selected_resources)
    | list
    if execute else [] %}

with pending_batches as (

    select * from {{ ref('int_pending_batches_listed') }}

),

final as (

    select
        batch_id,
        {{ utc_now() }} as processed_at

    from pending_batches
    {%- if skipped_incremental_models %}
    -- Left out of this build: {{ skipped_incremental_models | map(attribute='name') | join(', ') }}
    where false
    {%- endif %}

)

select * from final
