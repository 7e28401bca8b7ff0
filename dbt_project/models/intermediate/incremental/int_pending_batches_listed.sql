{#-
    The raw batches this build has not processed yet: those not recorded in
    int_processed_batches_logged (compared as a set, so two runs ingested in the same
    second cannot hide behind the high-water mark), or every batch on a full refresh.
    Built as a table first thing, so a batch ingested while the build runs waits for
    the next build.
-#}
{%- set processed_batches = processed_batches_relation() %}

with events as (

    select * from {{ ref('stg_sessionlens__events') }}

),

rejected_lines as (

    select * from {{ ref('stg_sessionlens__rejected_lines') }}

),

raw_batches as (

    select batch_id from events
    union
    select batch_id from rejected_lines

),

final as (

    select batch_id
    from raw_batches
    {%- if processed_batches is not none and not flags.FULL_REFRESH %}
    where batch_id not in (select batch_id from {{ processed_batches }})
    {%- endif %}

)

select * from final
