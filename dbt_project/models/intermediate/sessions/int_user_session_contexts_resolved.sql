{{ config(unique_key=['partner_id', 'session_id']) }}

{#-
    Every mart with a user's context joins this, and it reads every contextual
    event: built once as a table instead of once per reader.
-#}

{%- set context_columns = event_context_columns() %}

with events as (

    select * from {{ ref('stg_sessionlens__events') }} {{ where_affected('sessions') }}

),

-- Every context column comes from the same (earliest contextual) event, never
-- mixed. arg_min picks it in one hash aggregate; a row_number() window would sort
-- every event with all its columns (about 15x slower at 10 M events).
earliest_contexts as (

    select
        partner_id,
        session_id,
        user_id,
        {{ arg_min_struct(context_columns, event_order()) }} as context

    from events
    where has_context
        and session_id is not null
        and user_id is not null
    group by partner_id, session_id, user_id

),

final as (

    select
        partner_id,
        session_id,
        user_id,
        {% for column in context_columns -%}
        context.{{ column }} as {{ column }}{{ "," if not loop.last }}
        {% endfor %}
    from earliest_contexts

)

select * from final
